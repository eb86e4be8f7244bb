# A \uXXXX escape for a lone surrogate decodes to that code point (not U+FFFD); a high/low
# pair joins into one character; dumps writes lone surrogates back as escapes.
import json

for document in ['"\\ud800"', '"a\\udc00b"', '"\\ud83d\\ude00"', '"\\ud800\\ud800"', '"\\udbff\\udfff"',
                 '"\\ud800\\u0041"', '["\\udfff", {"\\ud801": 1}]']:
    value = json.loads(document)
    print(document, "->", ascii(value), json.dumps(value))
lone = json.loads('"\\ud800"')
print(lone == "\ud800", ord(lone), len(lone), repr(lone))
try:
    lone.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
