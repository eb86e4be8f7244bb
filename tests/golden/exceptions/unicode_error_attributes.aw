# codec errors carry encoding, object, start, end and reason
for b, enc in [(b'\xff', 'utf-8'), (b'ab\xe9\x80', 'utf-8'), (b'a\xc3', 'utf-8'), (b'\x80', 'ascii')]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(e, e.args, e.start, e.end, e.reason, e.encoding, e.object)
for s, enc in [('é', 'ascii'), ('abcé€x', 'latin-1'), ('ab\U0001f600', 'ascii'), ('xé€y', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, e.args, e.start, e.end, e.reason, e.encoding, ascii(e.object))
e = UnicodeEncodeError('ascii', 'xyz', 1, 2, 'bad')
print(e, e.object, e.start)
e = UnicodeDecodeError('utf-8', b'xyz', 0, 2, 'worse')
print(e, e.object, e.end)
try:
    UnicodeEncodeError('ascii', b'xyz', 1, 2, 'bad')
except TypeError as e:
    print(e)
try:
    str(b'ok\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e.start, e.object)
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'))
