from html.parser import HTMLParser
import io, tokenize, token

class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.events = [], [], []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_entityref(self, name):
        self.events.append(("entity", name))
    def handle_charref(self, name):
        self.events.append(("char", name))
    def handle_decl(self, d):
        self.events.append(("decl", d))

p = P()
p.feed('<!DOCTYPE html><html><body><h1 class="t">Title &amp; more</h1><a href="/x">X</a>'
       '<br/><!-- note --><p>caf&eacute; &#169; <img src=a.png alt="b"></p><script>if (a<b) {}</script></body></html>')
p.close()
print(p.links, p.text)
for e in p.events: print(e)
p2 = HTMLParser(convert_charrefs=False)
p2.feed("<p>x &amp; y</p>")
print("ok")

src = "def f(x):\n    return x + 1  # c\nprint(f'{f(1)}')\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print([t.string for t in tokenize.tokenize(io.BytesIO(b"a = 'x'\n").readline)][:4])
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e)
