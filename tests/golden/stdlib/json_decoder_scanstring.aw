# json.decoder is reachable as an attribute of json, and its scanstring reads one string
# literal from the index just after its opening quote, returning the text and the index past
# the closing quote, with JSONDecodeError positions in the caller's document.
import json
from json.decoder import scanstring

document = '{"name": "caf\\u00e9 \\"bar\\"", "n": 2}'
print(json.decoder.scanstring(document, 2))
print(scanstring(document, 10))
print(scanstring('★"quoted"', 2))
for text, start in [('"no end', 1), ('"bad \\x"', 1), ('"tab\there"', 1), ('xyz', 3)]:
    try:
        print(scanstring(text, start))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "| pos", e.pos)
print(scanstring('"tab\there"', 1, False))
for start in (9, -2):
    try:
        scanstring("short", start)
    except ValueError as e:
        print("ValueError:", e)
print(json.decoder.JSONDecoder is json.JSONDecoder)
