import csv, io

data = 'name,age,city\r\nAda,36,"London, UK"\r\n"Grace ""Amazing"" Hopper",85,NYC\r\n\r\nLinus,,"multi\nline"\r\n'
for row in csv.reader(io.StringIO(data, newline='')):
    print(row)
r = csv.reader(['a,b', 'c,d'])
print(next(r), r.line_num, next(r), r.line_num, type(r).__name__)
rows = [['id', 'text', 'price'], [1, 'plain', 9.5], [2, 'has,comma', None], [3, 'has "quote"', 0],
        [4, 'new\nline', True], [5, '', ''], [6, ' lead space', -1.25]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    w = csv.writer(s, quoting=quoting)
    for row in rows:
        w.writerow(row)
    print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerows([['a,b', 'c"d', 'e\\f'], ['x']])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, doublequote=False, escapechar='\\')
w.writerow(['say "hi"', 'ok'])
print(repr(s.getvalue()))
for row in csv.reader(io.StringIO(s.getvalue()), doublequote=False, escapechar='\\'):
    print(row)
s = io.StringIO()
csv.writer(s).writerows([[], [''], [None], ['', ''], ['x', None]])
print(repr(s.getvalue()))
print(list(csv.reader(['1,2.5,"x"', '" 3",,-4'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, b,  "c d"'], skipinitialspace=True)))
print(list(csv.reader(['a;b;c'], delimiter=';')), list(csv.reader(["'x,y',z"], quotechar="'")))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader(['"a"|"b"'], delimiter='|')))
s = io.StringIO()
w = csv.writer(s, dialect='unix')
w.writerow(['a', 'b c', 1])
print(repr(s.getvalue()), w.dialect.quoting, w.dialect.lineterminator == '\n')
s = io.StringIO()
print(csv.writer(s).writerow(['abc', 'de']), repr(s.getvalue()))
