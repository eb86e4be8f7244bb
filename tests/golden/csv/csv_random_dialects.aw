# A differential test: random records and dialects through reader, writer and back.
import csv, io, random
random.seed(5)
alpha = 'ab ,;"\'\\\r\n|x1.5-'
def rs(n):
    return ''.join(random.choice(alpha) for _ in range(random.randint(0, n)))
out = []
for i in range(400):
    kw = {}
    if random.random() < 0.3: kw['delimiter'] = random.choice([',', ';', '|', ' ', '\t'])
    if random.random() < 0.3: kw['quotechar'] = random.choice(['"', "'", None])
    if random.random() < 0.3: kw['escapechar'] = random.choice(['\\', None, '"'])
    if random.random() < 0.3: kw['doublequote'] = random.choice([True, False])
    if random.random() < 0.3: kw['skipinitialspace'] = True
    if random.random() < 0.3: kw['quoting'] = random.choice([0, 1, 2, 3])
    if random.random() < 0.2: kw['strict'] = True
    if random.random() < 0.3: kw['lineterminator'] = random.choice(['\n', '\r\n', '\r', '!'])
    # reader on random lines
    lines = [rs(12) for _ in range(random.randint(1, 4))]
    if random.random() < 0.5:
        lines = io.StringIO(''.join(l + random.choice(['\n', '\r\n', '']) for l in lines))
    try:
        res = list(csv.reader(lines, **kw))
    except Exception as e:
        res = (type(e).__name__, str(e))
    out.append(repr((kw, res)))
    # writer on random rows
    rows = [[random.choice([rs(6), None, 1, 2.5, '', True]) for _ in range(random.randint(0, 4))] for _ in range(2)]
    s = io.StringIO()
    try:
        csv.writer(s, **kw).writerows(rows)
        res = s.getvalue()
        # round trip
        try:
            back = list(csv.reader(io.StringIO(res, newline=''), **kw))
        except Exception as e:
            back = (type(e).__name__, str(e))
        res = (res, back)
    except Exception as e:
        res = (type(e).__name__, str(e), s.getvalue())
    out.append(repr((rows, res)))
print('\n'.join(out))
