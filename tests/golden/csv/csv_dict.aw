import csv, io, os, tempfile

text = 'first,last,email\nAda,Lovelace,ada@example.com\nAlan,Turing,\nGrace,Hopper,grace@example.com,extra\nLinus\n'
rd = csv.DictReader(io.StringIO(text))
print(rd.fieldnames, rd.line_num)
for row in rd:
    print(row)
rd = csv.DictReader(io.StringIO(text), fieldnames=['a', 'b'], restkey='rest', restval='?')
print([r for r in rd][:3])
rd = csv.DictReader(io.StringIO('x,y\n1,2\n'), fieldnames=['x', 'y'])
print(list(rd))
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['name', 'score', 'note'], restval='-')
w.writeheader()
w.writerow({'name': 'Ada', 'score': 10})
w.writerows([{'name': 'Bob, Jr.', 'score': 7.5, 'note': 'says "hi"'}, {'note': 'no name'}])
print(repr(s.getvalue()))
try:
    w.writerow({'name': 'x', 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
w = csv.DictWriter(io.StringIO(), fieldnames=['a'], extrasaction='ignore')
w.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)
d = tempfile.mkdtemp()
path = os.path.join(d, 'people.csv')
try:
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['name', 'quote'])
        w.writerow(['Ada', 'line1\nline2'])
        w.writerow(['Bob', 'a "b" c'])
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, newline='') as f:
        print(list(csv.reader(f)))
    with open(path, newline='') as f:
        for row in csv.DictReader(f):
            print(row['name'], repr(row['quote']))
finally:
    os.remove(path)
    os.rmdir(d)
print(os.path.exists(d))
