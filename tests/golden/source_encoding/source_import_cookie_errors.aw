# Importing a module whose coding cookie is wrong: SyntaxError(msg, (file, 0, -1, None)).
import os

for name in ['source_bogus_mod', 'source_bom_latin1_mod']:
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno, e.offset, e.text)
import source_koi8r_mod
print(source_koi8r_mod.x, source_koi8r_mod.y)
