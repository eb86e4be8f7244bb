import encodings, encodings.aliases
print(encodings.normalize_encoding('  Windows--1252 '), encodings.aliases.aliases['latin2'], len(encodings.aliases.aliases) > 300)
print(encodings.search_function('cp1252').name, encodings.search_function('nope'))
from encodings.aliases import aliases
print(aliases['ibm437'])
