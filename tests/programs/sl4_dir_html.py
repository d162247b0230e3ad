import html
import html.entities as e
print(sorted(n for n in dir(html) if not n.startswith('_')), html.__all__)
print(sorted(n for n in dir(e) if not n.startswith('_')), e.__all__, len(e.html5), len(e.name2codepoint), len(e.entitydefs))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('"<>"', quote=False))
print(ascii(html.unescape('&amp; &lt; &#62; &#x3e; &#0; &#x110000; &#128; &notit; &notin; &amp &ampx &#65 &#xD800; &#1114111; &#13; &#x81; &#x9f; &#xfdd0; &#1; &unknown; &; & x &#; &#x; &AElig &Aacute;')))
print(e.codepoint2name[0x3c], e.entitydefs['eacute'], e.html5['gt;'], e.name2codepoint['nbsp'])
