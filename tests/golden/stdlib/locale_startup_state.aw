# locale for the C locale family: setlocale to C, POSIX and C.UTF-8 (others raise
# locale.Error), localeconv, the formatting helpers, normalize and its alias tables.
import locale

print(locale.setlocale(locale.LC_ALL, 'C'), locale.getencoding(), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_CTYPE, 'C.utf8'), locale.getencoding(), locale.getlocale())
print(locale.getpreferredencoding(False), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_TIME))
for bad in ('de_DE.UTF-8', 'xx', 'en_US'):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error", e)
for args in ((99,), (99, 'C')):
    try:
        locale.setlocale(*args)
    except locale.Error as e:
        print("Error", e)
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print("TypeError", e)
print(locale.localeconv())
print(locale.format_string("%d|%.2f|%s", (1234567, 1234.5, "x"), grouping=True))
print(locale.format_string("%(a)s-%(b)05d", {"a": "k", "b": 42}))
print(locale.str(3.25), locale.atof("1e3"), locale.atoi("42"), locale.delocalize("1.5"),
      locale.localize("2.5"), locale.strcoll("a", "b"), locale.strxfrm("b"))
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
for n in ("en_US", "de_DE@euro", "C", "posix", "ja_jp.eucjp", "fr_FR.UTF-8", "en_us.utf8",
          "zh_cn", "sr_rs@latin", "english", "C.UTF-8", "nonsense_XX"):
    print(n, locale.normalize(n))
print(locale._parse_localename("de_DE.ISO8859-15"), locale._build_localename(("en_GB", "UTF-8")))
print(sorted(locale.__all__))
print(locale.LC_CTYPE, locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX, locale.Error)

# a query of LC_ALL that answers a composite can be given back to setlocale
locale.setlocale(locale.LC_ALL, 'C')
locale.setlocale(locale.LC_TIME, 'C.UTF-8')
saved = locale.setlocale(locale.LC_ALL)
print(saved)
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_ALL, saved) == saved)
print(locale.setlocale(locale.LC_TIME))
for bad in ("LC_CTYPE=C;LC_NUMERIC=C", "LC_CTYPE=xx;" + saved.split(";", 1)[1]):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error", e)
