# pyexpat: ExpatError, errors/model modules, exceptions from handlers, bad arguments.
import io
import pyexpat
from xml.parsers import expat
from xml.parsers.expat import errors, model

print(expat.ExpatError is expat.error, expat.ExpatError.__module__, expat.ExpatError.__name__)
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes[errors.XML_ERROR_SYNTAX], errors.messages[3])
print(len(errors.codes), len(errors.messages), errors.__doc__)
print(model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED, model.XML_CTYPE_NAME,
      model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ, model.XML_CQUANT_NONE, model.XML_CQUANT_OPT,
      model.XML_CQUANT_REP, model.XML_CQUANT_PLUS, model.__doc__)
print(expat.ErrorString(1), expat.ErrorString(9), expat.ErrorString(0), expat.ErrorString(1000))
print(type(expat.version_info), len(expat.version_info), expat.EXPAT_VERSION.startswith("expat_"),
      expat.native_encoding, type(expat.features), expat.XMLParserType.__name__)
print(expat.XML_PARAM_ENTITY_PARSING_NEVER, expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      expat.XML_PARAM_ENTITY_PARSING_ALWAYS)

for doc in [b"<a><b></a>", b"<a>", b"", b"<a/><b/>", b"<a x='1' x='2'/>", b"<a>&nope;</a>",
            b"<a>\n\n  <b attr=noquote/></a>",
            b"<a>\xff\xfe</a>", b"<x:a/>", b"<a xmlns:x=''/>"]:
    p = expat.ParserCreate(namespace_separator="!" if b"x:" in doc else None)
    try:
        p.Parse(doc, True)
        print("ok", doc)
    except expat.ExpatError as e:
        print(doc, "->", e, "|", e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber,
              p.ErrorColumnNumber, p.ErrorByteIndex, errors.messages[e.code] == str(e).split(":")[0])

try:
    expat.ParserCreate().Parse(b"<?xml version='1.0' encoding='bogus-enc'?><a/>", True)
except LookupError as e:
    print("LookupError", e)
p = expat.ParserCreate()
p.Parse("<a/>", True)
try:
    p.Parse("<b/>", True)
except expat.ExpatError as e:
    print(e)

# an exception raised in a handler propagates out of Parse; the handlers are cleared
class Stop(Exception):
    pass
def start(name, attrs):
    if name == "b":
        raise Stop(name)
    print("start", name)
p = expat.ParserCreate()
p.StartElementHandler = start
p.EndElementHandler = lambda n: print("end", n)
try:
    p.Parse("<a><b/><c/></a>", True)
except Stop as e:
    print("Stop", e, p.StartElementHandler, p.EndElementHandler)
p = expat.ParserCreate()
p.CharacterDataHandler = lambda d: 1 / 0
p.buffer_text = True
try:
    p.Parse("<a>text</a>", True)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# arguments
for call in [lambda: expat.ParserCreate(namespace_separator="ab"),
             lambda: expat.ParserCreate(intern=[]),
             lambda: expat.ParserCreate(encoding=1),
             lambda: expat.ParserCreate().Parse(5),
             lambda: expat.ParserCreate().ParseFile(5),
             lambda: expat.ParserCreate().ParseFile(io.StringIO("<a/>")),
             lambda: setattr(expat.ParserCreate(), "buffer_size", "x"),
             lambda: setattr(expat.ParserCreate(), "buffer_size", 0),
             lambda: setattr(expat.ParserCreate(), "nonexistent", 0),
             lambda: pyexpat.XMLParserType()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# ParseFile
p = expat.ParserCreate()
names = []
p.StartElementHandler = lambda n, a: names.append(n)
print(p.ParseFile(io.BytesIO(b"<r>" + b"<i/>" * 1000 + b"</r>")), len(names))
p = expat.ParserCreate()
try:
    p.ParseFile(io.BytesIO(b"<r><i></r>"))
except expat.ExpatError as e:
    print("ParseFile", e)

# encodings: declared, given to ParserCreate, and a single-byte codec expat does not know
for enc, data in [(None, "<a>\u00e9\u20ac</a>".encode("utf-8")), ("iso-8859-1", b"<a>\xe9</a>"),
                  (None, "<?xml version='1.0' encoding='utf-16'?><a>\u00e9</a>".encode("utf-16")),
                  (None, b"<?xml version='1.0' encoding='cp1252'?><a>\x80\xe9</a>"),
                  ("latin-1", b"<a>\xff</a>")]:
    p = expat.ParserCreate(enc)
    text = []
    p.CharacterDataHandler = text.append
    p.Parse(data, True)
    print(enc, text)
