# codecs.encode/decode with text and bytes-to-bytes codecs, lookup names, BOMs, errors
import codecs

print(codecs.encode("h\u00e9llo \u20ac", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.encode(b"abc", "hex"), codecs.decode(b"616263", "hex"), codecs.encode(b"abc", "base64"), codecs.decode(b"YWJj\n", "base64"))
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "latin-1", "ascii",
            "unicode_escape", "raw_unicode_escape"]:
    text = "a\u00e9\u20ac\U0001f600" if enc not in ("latin-1", "ascii") else ("a\u00e9" if enc == "latin-1" else "abc")
    b = codecs.encode(text, enc)
    print(enc, b, codecs.decode(b, enc) == text, codecs.lookup(enc).name)
print(codecs.decode(b"a\\n\\t\\x41\\u20ac\\U0001f600\\101", "unicode_escape"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)
print(codecs.lookup("UTF8").name, codecs.lookup("Latin-1").name, codecs.lookup("utf_16_le").name, codecs.lookup("US-ASCII").name)
for bad in [lambda: codecs.lookup("nope"), lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.decode("x", "utf-8"),
            lambda: codecs.decode(b"\xff", "utf-8"), lambda: codecs.decode(b"a\x00b", "utf-16-le"),
            lambda: codecs.encode("\u00e9", "ascii"), lambda: codecs.lookup_error("nope")]:
    try:
        print(bad())
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(codecs.decode(b"\xff", "utf-8", "replace"), codecs.encode("\u00e9", "ascii", "xmlcharrefreplace"),
      codecs.encode("\u00e9", "ascii", "backslashreplace"), codecs.decode(b"a\x00b", "utf-16-le", "replace"))
print(codecs.lookup("utf-8")[0] is codecs.getencoder("utf-8"), len(codecs.lookup("utf-8")))
