# A differential test: random pure paths, sequences and texts through pathlib, difflib,
# textwrap and html.
import random, difflib, textwrap, html, csv, io
from pathlib import PurePosixPath as P
random.seed(9)
out = []
for i in range(400):
    a = ''.join(random.choice('ab./~') for _ in range(random.randint(0, 9)))
    b = ''.join(random.choice('ab./*?') for _ in range(random.randint(0, 6)))
    p = P(a)
    row = [repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, str(p.parent), p.is_absolute()]
    for f in (lambda: str(p / b), lambda: p.match(b) if b else None, lambda: str(p.relative_to(b)) if b else None,
              lambda: str(p.with_suffix('.x')), lambda: str(p.with_name('n')), lambda: p.as_posix()):
        try:
            row.append(f())
        except Exception as e:
            row.append((type(e).__name__, str(e)))
    out.append(repr(row))
for i in range(200):
    x = ''.join(random.choice('abcd\n') for _ in range(random.randint(0, 20)))
    y = ''.join(random.choice('abcd\n') for _ in range(random.randint(0, 20)))
    s = difflib.SequenceMatcher(None, x, y)
    out.append(repr((s.ratio(), s.get_opcodes(), list(difflib.unified_diff(x.splitlines(True), y.splitlines(True))),
                     list(difflib.ndiff(x.splitlines(True), y.splitlines(True))))))
    t = ''.join(random.choice('ab <>&"\' \n') for _ in range(random.randint(0, 40)))
    out.append(repr((textwrap.wrap(t, 7), textwrap.fill(t, 5), html.escape(t), html.unescape(t.replace('a', '&amp;'))))) 
print('\n'.join(out))
