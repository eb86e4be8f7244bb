import codecs, os, tempfile

print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin1'))
for name in ['utf-8', 'UTF8', 'u8', 'utf_8', 'latin1', 'ISO-8859-1', 'L1', 'ascii', 'US-ASCII', '646']:
    print(name, codecs.lookup(name).name)
info = codecs.lookup('utf-8')
print(info.encode('aé'), info.decode(b'a\xc3\xa9'), info[0] is info.encode, len(info), type(info).__name__)
print(codecs.getencoder('ascii')('abc'), codecs.getdecoder('latin-1')(b'\xff'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
for f in [lambda: codecs.lookup('nope'), lambda: codecs.encode('é', 'ascii'), lambda: codecs.decode(b'\xff', 'utf-8'),
          lambda: codecs.lookup(1), lambda: codecs.lookup_error('nope')]:
    try:
        f()
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__, e)
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'), codecs.lookup_error('strict').__name__)
print(codecs.escape_decode(b'a\\nb\\x41\\101\\\\')[0])
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with codecs.open(p, 'w', 'utf-8') as f:
    f.write('ünïcode\n')
with codecs.open(p, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
with open(p, 'rb') as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
