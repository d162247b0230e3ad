# unicodedata's functions on chosen characters, with defaults and every error message.
import unicodedata as u

chars = "aA1½Ⅻ\u0300\u00e9가\uac01\U0001F600\x00 \u2028\uff21\u0661\u00b2\u2155\u4e00\U00020000\U0001B170\U00018B00\uf900\U00017000\ufeff\u00ad\u0378\U000E0001\U0010FFFF"
for db in (u, u.ucd_3_2_0):
    for c in chars:
        print(ascii(c), db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c),
              db.mirrored(c), ascii(db.decomposition(c)), db.decimal(c, None), db.digit(c, None),
              db.numeric(c, None), db.name(c, None))
names = ["LINE FEED", "latin capital letter a with macron and grave", "HANGUL SYLLABLE GAG",
         "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2B739", "BYTE ORDER MARK", "SNOWMAN",
         "snowman", "LATIN SMALL LETTER A WITH ACUTE ", "Latin_Small_Letter_A", "xyz", "é",
         "GRINNING FACE", "KHITAN SMALL SCRIPT CHARACTER-18B00", "TANGUT IDEOGRAPH-17000",
         "NUSHU CHARACTER-1B170", "CJK COMPATIBILITY IDEOGRAPH-F900", "-A", "", "a" * 300,
         "TAMIL SYLLABLE KSSA", "KEYCAP NUMBER SIGN", "WEIERSTRASS ELLIPTIC FUNCTION", "NBSP",
         "HANGUL JUNGSEONG O-E", "HANGUL JUNGSEONG OE", "TIBETAN LETTER -A", "TIBETAN LETTER A"]
for db in (u, u.ucd_3_2_0):
    for n in names:
        try:
            print(ascii(db.lookup(n)))
        except KeyError as e:
            print("KeyError", e)
print(ascii(u.lookup(b"LATIN SMALL LETTER B")))
errors = ["u.category('ab')", "u.category(1)", "u.category()", "u.category('a', 'b')",
          "u.decimal('x')", "u.digit('x')", "u.numeric('x')", "u.name('\\x00')", "u.lookup(1)",
          "u.decimal('1', 5, 6)", "u.UCD()", "u.category(s='a')", "u.combining('')",
          "u.ucd_3_2_0.category('ab')", "u.ucd_3_2_0.decimal('x')", "u.ucd_3_2_0.name('\\U0001F600')",
          "u.numeric('x', 'dflt')", "u.decimal('7', 'dflt')"]
for t in errors:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
