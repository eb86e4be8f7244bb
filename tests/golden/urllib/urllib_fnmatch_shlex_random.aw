# A differential test: random patterns, URLs, shell words and paths through fnmatch,
# urllib.parse, shlex and posixpath.
import fnmatch, random, urllib.parse as up, shlex, posixpath
random.seed(3)
pchars = 'ab*?[]!-^.\\/'
nchars = 'ab.-/^]\\['
out = []
for i in range(300):
    pat = ''.join(random.choice(pchars) for _ in range(random.randint(0, 7)))
    names = [''.join(random.choice(nchars) for _ in range(random.randint(0, 5))) for _ in range(4)]
    try:
        out.append(repr((pat, fnmatch.translate(pat), [fnmatch.fnmatchcase(n, pat) for n in names])))
    except Exception as e:
        out.append(repr((pat, type(e).__name__, str(e))))
uchars = 'ab:/?#[]@!$&\'()*+,;=%20.-_~éx1'
for i in range(300):
    u = ''.join(random.choice(uchars) for _ in range(random.randint(0, 14)))
    if random.random() < 0.5:
        u = random.choice(['http://', 'https://h', '//', 'mailto:', 'file:///', '']) + u
    try:
        r = up.urlsplit(u)
        out.append(repr((u, r, up.urlunsplit(r), up.quote(u), up.unquote(u), up.parse_qsl(u, keep_blank_values=True), up.urljoin('http://a/b/c', u))))
        out.append(repr((r.hostname, r.port if r.netloc and ':' in r.netloc and False else None)))
    except Exception as e:
        out.append(repr((u, type(e).__name__, str(e))))
schars = 'ab \'"\\#;|&$x'
for i in range(300):
    s = ''.join(random.choice(schars) for _ in range(random.randint(0, 10)))
    try:
        out.append(repr((s, shlex.split(s), shlex.quote(s))))
    except Exception as e:
        out.append(repr((s, type(e).__name__, str(e))))
    p = ''.join(random.choice('ab./') for _ in range(random.randint(0, 8)))
    out.append(repr((p, posixpath.normpath(p), posixpath.split(p), posixpath.splitext(p))))
print('\n'.join(out))
