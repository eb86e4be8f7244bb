# locale: the C locale (aw has no others); CPython's formatting helpers over it.
import locale

print(locale.localeconv()["decimal_point"], repr(locale.localeconv()["thousands_sep"]))
print(locale.setlocale(locale.LC_NUMERIC, "C"))
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(locale.LC_NUMERIC))
print(locale.format_string("%d items", 1234567, grouping=True))
print(locale.format_string("%.2f and %s", (3.14159, "x")))
print(locale.str(2.5), locale.atof("3.75"), locale.atoi("42"), locale.delocalize("1.5"))
print(locale.currency is not None, locale.strcoll("a", "b"), locale.strxfrm("abc"))
print(locale.normalize("en_US"), locale.normalize("C"), locale.normalize("de_DE.utf8"))
print(locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.RADIXCHAR))
print(locale.LC_ALL, locale.LC_CTYPE, locale.CHAR_MAX)
try:
    locale.setlocale(locale.LC_ALL, "xx_NOWHERE.UTF-8")
except locale.Error as e:
    print("Error:", e)
print(issubclass(locale.Error, Exception), locale.Error.__module__)
print(format(1234567, "n"), "{:n}".format(1234.5))
saved = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_NUMERIC, "C")
locale.setlocale(locale.LC_ALL, saved)
print(locale.setlocale(locale.LC_ALL) == saved)
for bad in ("LC_CTYPE=xx_YY;LC_NUMERIC=C", "LC_BOGUS=C"):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error:", e)
