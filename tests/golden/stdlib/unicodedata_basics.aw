# unicodedata: properties, names and lookup, numeric values, the four normalization forms, the accent-stripping idiom, errors.
import unicodedata as u
print(u.unidata_version)
for c in ['A', 'é', '1', '²', '½', '€', ' ', '\u0301', '中', '가', '\U0001F600', '\u200b', 'Ⅻ', '٣', '\uFFFF', '\U000E0080']:
    print(repr(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, '?'))
print(u.lookup('LATIN SMALL LETTER E WITH ACUTE'), u.lookup('latin small letter a'), u.lookup('HANGUL SYLLABLE GAG'), u.lookup('CJK UNIFIED IDEOGRAPH-4E2D'))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['Crème Brûlée', 'ﬁ ligature', 'Å', 'e\u0301', '한국어', 'x²', '\u1100\u1161\u11a8', 'a\u0328\u0301', 'q\u0307\u0323']:
        r = u.normalize(form, s)
        print(form, ascii(s), ascii(r), u.is_normalized(form, s))
s = 'Héllo Wörld, café naïve façade'
print(''.join(c for c in u.normalize('NFD', s) if u.category(c) != 'Mn'))
print(u.normalize('NFKD', 'Ⅻ ½').encode('ascii', 'ignore'))
for bad in [lambda: u.lookup('NO SUCH THING'), lambda: u.name('\x00'), lambda: u.category('ab'), lambda: u.category(5),
            lambda: u.normalize('NFX', 'a'), lambda: u.decimal('a'), lambda: u.digit('x'), lambda: u.numeric('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
