import codecs, _codecs
for n in ['cp1252', 'Windows-1252', 'latin2', 'L2', 'IBM437', '437', 'KOI8-R', 'mac roman', 'macroman', 'iso-8859-15', 'iso_8859_15', 'ISO8859.15', 'tis620', 'hp_roman8', 'cp-1252', 'mac.roman', 'greek', 'hebrew', 'cyrillic', 'arabic', 'thai', 'cp367', 'csISOLatin1', 'ANSI_X3.4-1968', 'IBM819', 'UTF-16LE']:
    try: print(n, codecs.lookup(n).name)
    except LookupError as e: print(n, 'LookupError', e)
print(codecs.encode('caf\xe9', 'cp1252'), codecs.decode(b'caf\xe9', 'cp1252'))
print(_codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'xyz'))
print(_codecs.charmap_decode(b'\x00\x03', 'replace', 'xyz'))
print(_codecs.charmap_decode(b'ab', 'strict', {97: 'Q', 98: 0x263a}))
print(_codecs.charmap_encode('ab', 'strict', {97: 65, 98: b'B'}))
print(_codecs.charmap_build('abc'))
for f in [lambda: _codecs.charmap_decode('x'), lambda: _codecs.charmap_encode(b'x'), lambda: codecs.encode(1, 'cp1252'), lambda: codecs.decode('x', 'cp1252'), lambda: codecs.decode(b'\x81', 'cp1252', 'xmlcharrefreplace'), lambda: _codecs.charmap_decode(b'a', 'strict', {97: 1.5}), lambda: _codecs.charmap_decode(b'a', 'strict', {97: 0x110000}),lambda: _codecs.charmap_decode(b'a', 'strict', {}), lambda: _codecs.charmap_encode('a', 'strict', {}), lambda: _codecs.charmap_encode('a', 'strict', {97: 300}), lambda: codecs.decode(b'\x81', 'cp1252'), lambda: codecs.encode('\u0100', 'cp1252', 'replace')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
d = codecs.getincrementaldecoder('latin2')()
print(d.decode(b'\xb1'), d.decode(b'\xb1\xb1', final=True))
e = codecs.getincrementalencoder('cp1252')('replace')
print(e.encode('\u20ac\u0100'), e.encode('', True))
print(list(codecs.iterdecode([b'\x80', b'\x81'], 'cp1252', 'replace')))
print(codecs.lookup('cp1252').encode('\u20ac'), codecs.lookup('cp1252').decode(b'\x80'))
