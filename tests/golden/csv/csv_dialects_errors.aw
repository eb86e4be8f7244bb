import csv, io

print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, d.escapechar, d.skipinitialspace, repr(d.lineterminator), d.strict)
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 1])
print(repr(s.getvalue()))
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    quoting = csv.QUOTE_MINIMAL
    lineterminator = '\n'
    doublequote = True
    skipinitialspace = False
csv.register_dialect('semi', Semi)
print(list(csv.reader(['a;"b;c"'], 'semi')), list(csv.reader(['a;b'], Semi)))
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))
for f in [lambda: csv.get_dialect('semi'), lambda: csv.unregister_dialect('semi'),
          lambda: csv.reader([], delimiter='ab'), lambda: csv.reader([], delimiter=1),
          lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL), lambda: csv.reader([], quoting=7),
          lambda: csv.reader([], bogus=1), lambda: csv.writer(42), lambda: csv.writer(io.StringIO()).writerow(5),
          lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader(['"abc'], strict=True)),
          lambda: list(csv.reader([b'a,b'])), lambda: list(csv.reader(['a\rb'])),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
          lambda: list(csv.reader(['x,abc'], quoting=csv.QUOTE_NONNUMERIC)),
          lambda: Semi().__class__.__name__, lambda: csv.Dialect(),
          lambda: setattr(csv.get_dialect('excel'), 'delimiter', ';')]:
    try:
        print(f())
    except (csv.Error, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(old)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(issubclass(csv.Error, Exception), csv.excel.lineterminator == '\r\n', csv.excel_tab.delimiter == '\t')
sn = csv.Sniffer()
sample = 'id;name;score\n1;"Ada";9.5\n2;"Bob";7\n'
dia = sn.sniff(sample)
print(repr(dia.delimiter), repr(dia.quotechar), sn.has_header(sample))
print(repr(sn.sniff('a,b,c\n1,2,3\n4,5,6\n').delimiter), sn.has_header('a,b\n1,2\n'))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error', e)
