# tomllib.loads: tables, arrays of tables, inline tables, dates, numbers, strings, errors
import tomllib

doc = '''
title = "TOML Example"
int = 1_000
hex = 0xDEAD
flt = 6.626e-34
inf = -inf
s1 = 'literal \\n'
s2 = "esc\\t\\u00e9"
multi = """
line one
line two"""
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
local = 1979-05-27T07:32:00
day = 1979-05-27
time = 07:32:00
[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["gamma", "delta"], [1, 2] ]
enabled = true
temp = { cpu = 79.5, case = 72.0 }
[servers.alpha]
ip = "10.0.0.1"
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
'''
data = tomllib.loads(doc)
for key in data:
    print(key, repr(data[key]))
print(tomllib.loads("x = 0.1", parse_float=str))
for bad in ["x = ", "x = 1\nx = 2", "[a]\n[a]", "x = [1,", "= 1", 'x = "unterminated']:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError:", e)
