import unicodedata
print(sorted(n for n in dir(unicodedata) if not n.startswith("_")))
print(sorted(n for n in dir(unicodedata.UCD) if not n.startswith("_")))
print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
print(type(unicodedata.ucd_3_2_0).__name__, type(unicodedata.ucd_3_2_0) is unicodedata.UCD)
