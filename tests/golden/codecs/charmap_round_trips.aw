# every single-byte codec CPython ships: each byte decodes and encodes back (bytes mapping to
# <undefined> are skipped; for a code point several bytes decode to, the encoder's byte wins)
import codecs
names = ['cp037', 'cp273', 'cp424', 'cp437', 'cp500', 'cp720', 'cp737', 'cp775', 'cp850', 'cp852',
         'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861', 'cp862', 'cp863', 'cp864', 'cp865',
         'cp866', 'cp869', 'cp874', 'cp875', 'cp1006', 'cp1026', 'cp1125', 'cp1140', 'cp1250',
         'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258',
         'iso8859_2', 'iso8859_3', 'iso8859_4', 'iso8859_5', 'iso8859_6', 'iso8859_7', 'iso8859_8',
         'iso8859_9', 'iso8859_10', 'iso8859_11', 'iso8859_13', 'iso8859_14', 'iso8859_15',
         'iso8859_16', 'koi8_r', 'koi8_t', 'koi8_u', 'kz1048', 'mac_arabic', 'mac_croatian',
         'mac_cyrillic', 'mac_farsi', 'mac_greek', 'mac_iceland', 'mac_latin2', 'mac_roman',
         'mac_romanian', 'mac_turkish', 'ptcp154', 'hp_roman8', 'tis_620', 'palmos']
everything = bytes(range(256))
for name in names:
    text = everything.decode(name, 'replace')
    undefined = text.count('\ufffd')
    back = text.replace('\ufffd', '').encode(name)
    same = sum(1 for i, b in enumerate(everything) if text[i] != '\ufffd' and text[i].encode(name)[0] == b)
    print(codecs.lookup(name).name, undefined, len(back), same, text[0xC0:0xC8].encode('unicode_escape'))
print('Grüße, Jürgen €'.encode('cp1252').decode('cp1252'))
print('Привет, мир'.encode('cp1251'), 'Привет, мир'.encode('koi8-r').decode('koi8-r'))
print('Ελληνικά'.encode('iso8859-7'), b'\xc5\xeb\xeb\xe7\xed\xe9\xea\xdc'.decode('cp1253'))
print('שלום'.encode('cp1255'), 'ภาษาไทย'.encode('tis-620'), 'Ağaç'.encode('cp1254'))
print('│┤╡╢'.encode('cp437'), bytes(range(0xb3, 0xb8)).decode('cp437'))
print('HELLO'.encode('cp500'), b'\xc8\xc5\xd3\xd3\xd6'.decode('cp037'))
print(bytearray(b'caf\xe9').decode('cp1252'), memoryview(b'\xe9').tobytes().decode('latin2'))
print(str(b'\xa4', 'iso8859_15'), str(b'\xa4', encoding='iso8859-15', errors='strict'))
