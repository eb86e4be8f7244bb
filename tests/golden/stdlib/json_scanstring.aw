# json.decoder.scanstring decodes a JSON string body starting just after its opening quote and
# returns (text, index after the closing quote); errors are positioned in the given string.
import json
from json.decoder import scanstring

print(json.decoder.scanstring('★x"', 1))
samples = [
    ('abc"def', 0), ('"ab\\n\\u00e9c" tail', 1), ('ab', 0), ('a\\q"', 0), ('a\x01"', 0),
    ('xx\\uZZZZ"', 2), ('', 0), ('"', 1), ('say "hi\\"!" ok', 5),
]
for text, start in samples:
    try:
        print(scanstring(text, start))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "| pos", e.pos)
print(scanstring('a\x01"', 0, False))
try:
    scanstring("abc", 5)
except ValueError as e:
    print("ValueError:", e)
