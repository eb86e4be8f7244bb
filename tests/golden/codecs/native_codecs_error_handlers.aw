# utf-8, ascii and latin-1 with surrogateescape, surrogatepass and handlers from codecs.register_error
import codecs
codecs.register_error('mine', lambda e: ('[%s %d-%d]' % (e.encoding, e.start, e.end), e.end))
codecs.register_error('bytesrep', lambda e: (b'<%d>' % e.start, e.end))
codecs.register_error('nonascii', lambda e: ('\xe9', e.end))
codecs.register_error('back', lambda e: ('?', e.start + 1))
for enc in ['utf-8', 'ascii', 'latin-1']:
    for h in ['surrogateescape', 'surrogatepass', 'mine', 'bytesrep', 'nonascii', 'back', 'xmlcharrefreplace', 'namereplace', 'nope']:
        for data in [b'a\xff\xfeb', b'\xed\xa0\x80x', b'abc\xc3', b'\x80\x41\x81']:
            try: print(enc, h, ascii(data.decode(enc, h)))
            except Exception as e: print(enc, h, type(e).__name__, e)
        for text in ['a\udc80\udcffb', 'x\ud800\udc00y', '\xe9\u20ac\udc81', 'a\u0100\u0101b']:
            try: print(enc, h, text.encode(enc, h))
            except Exception as e: print(enc, h, type(e).__name__, e)
print(ascii(bytearray(b'q\xff').decode('utf-8', 'surrogateescape')))
