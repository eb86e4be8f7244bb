# locale in the C locale: setlocale, localeconv's basics, number formatting and parsing,
# normalize and the Error class.
import locale

print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
print(conv['decimal_point'], repr(conv['thousands_sep']), sorted(conv)[:4])
print(locale.format_string('%d items', 1234567, grouping=True), locale.format_string('%.2f', 3.14159))
print(locale.format_string('%s and %d', ('x', 5)), locale.str(2.5), locale.currency if False else '')
print(locale.atof('3.25'), locale.atoi('42'), locale.delocalize('1234.5'), locale.localize('1234.5'))
print(locale.normalize('en_US'), locale.normalize('de_DE.utf8'), locale.normalize('C'))
print(issubclass(locale.Error, Exception), locale.LC_ALL != locale.LC_CTYPE, locale.CHAR_MAX)
print(type(locale.getpreferredencoding()).__name__, locale.getpreferredencoding(False).lower() in ('utf-8', 'utf8', 'ansi_x3.4-1968'))
import re
print(re.match(r'\w+', 'héllo wörld', re.UNICODE).group())
