# locale in the C locale (the same on every machine): conventions, formatting, collation.
import gettext
import locale

print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.format_string("%d items, %.2f each", (1234567, 3.14159), grouping=True))
print(locale.format_string("%s|%5.1f%%", ("x", 99.44)))
print(locale.str(2.5), locale.atof("1e3"), locale.atoi("42"), locale.delocalize("3.5"))
print(locale.localize("1234.5", grouping=True))
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm), locale.strcoll("a", "b") < 0)
print(locale.nl_langinfo(locale.RADIXCHAR), locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_2), locale.nl_langinfo(locale.D_FMT))
try:
    locale.nl_langinfo(123456)
except ValueError as e:
    print("ValueError", e)
try:
    locale.setlocale(locale.LC_ALL, "xx_NOPE.UTF-8")
except locale.Error as e:
    print(type(e).__module__, type(e).__name__, e)
print(locale.normalize("en_US"), locale.normalize("de_DE.utf8"), locale.normalize("C"))
print(isinstance(locale.setlocale(locale.LC_CTYPE, ""), str), locale.getencoding() != "")
print(3.25, float("2.5"), f"{1234.5:,.1f}")   # float text never follows the locale
t = gettext.NullTranslations()
print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 2), t.gettext("x"))
_ = gettext.translation("nodomain", fallback=True).gettext
print(_("untranslated"))
try:
    gettext.translation("nodomain")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
