# codecs.lookup_error gives the surrogateescape and surrogatepass handlers (used by the utf-16/32 codecs)
import codecs
se = codecs.lookup_error('surrogateescape'); sp = codecs.lookup_error('surrogatepass')
print(se(UnicodeDecodeError('utf-8', b'a\xff\xfe\x41', 1, 4, 'x')))
print(se(UnicodeEncodeError('ascii', 'a\udc80\udcff', 1, 3, 'x')))
for h in [se, sp]:
    for e in [UnicodeEncodeError('ascii', 'a\u00e9', 1, 2, 'x'), UnicodeDecodeError('ascii', b'\x41', 0, 1, 'x'), ValueError('v')]:
        try: print(h(e))
        except Exception as x: print(type(x).__name__, x)
print(sp(UnicodeEncodeError('utf-8', 'a\ud800\udfff', 1, 3, 'x')))
print(sp(UnicodeEncodeError('utf-16-le', 'a\ud800', 1, 2, 'x')), sp(UnicodeEncodeError('utf-32-be', 'a\ud800', 1, 2, 'x')))
print(ascii(sp(UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 1, 'x'))), ascii(sp(UnicodeDecodeError('utf-16-le', b'\x00\xd8', 0, 2, 'x'))))
print('a\ud800b'.encode('utf-16-le', 'surrogatepass'), ascii(b'a\x00\x00\xd8b\x00'.decode('utf-16-le', 'surrogatepass')))
print(ascii(b'\xff\xfe'.decode('utf-16-le', 'surrogateescape')), 'a\udc80'.encode('utf-16-le', 'surrogateescape') if False else '')
print(b'\x00\xdc'.decode('utf-16-le', 'replace'))
