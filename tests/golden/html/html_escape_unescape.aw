import html

for s in ['<script>alert("x")</script>', "O'Reilly & Sons", 'plain', '', '"<>&\'']:
    print(html.escape(s), html.escape(s, quote=False))
for s in ['&lt;b&gt;', '&amp;amp;', '&quot;&#39;&apos;', '&#65;&#x42;&#X43;', '&eacute;&Eacute;&euro;',
          '&nbsp;|', '&copy 2024', '&notit;', '&amp', '&#0;', '&#x110000;', '&#128;', '&#xD800;',
          '&unknown;', '& alone', '&#;', '&lt', 'no entities', '&NotEqualTilde;', '&frac12;&hearts;']:
    print(repr(s), repr(html.unescape(s)))
import html.entities
print(html.entities.name2codepoint['eacute'], html.entities.codepoint2name[233], html.entities.html5['amp;'])
print(len(html.entities.html5), len(html.entities.name2codepoint), html.entities.entitydefs['lt'])
