import html, html.entities
print(sorted(n for n in dir(html) if not n.startswith('_')), sorted(n for n in dir(html.entities) if not n.startswith('_')))
print(len(html.entities.html5), html.entities.name2codepoint['amp'], html.entities.codepoint2name[0x3b1], html.entities.entitydefs['nbsp'] == '\xa0')
print(html.escape('<a href="x">\'&\'</a>'), html.escape('<"\'>', quote=False))
for s in ['&amp;&lt;&gt;&quot;&#39;', '&#x41;&#65;&#X42', '&#0;&#13;&#128;&#x81;&#150;', '&#xD800;&#1114112;&#1;&#xFFFE;&#x10FFFF;',
          '&notit;&notin;&not', '&ampxyz &copy2023 &unknown; &', '&#;&#x;', 'no refs', '&nbsp&NotEqualTilde;&Aacute', '&' + 'a' * 40 + ';']:
    print(ascii(html.unescape(s)))
print(html._invalid_charrefs == {k: v for k, v in html._invalid_charrefs.items()}, len(html._invalid_codepoints), len(html._invalid_charrefs))
