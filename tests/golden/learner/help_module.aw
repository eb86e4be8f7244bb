# help() on a user module (the module's file path is replaced by its name, so the expected
# output does not depend on where the tests are).
import contextlib
import io
import os
import pydoc

import help_mod

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    help(help_mod)
print(buf.getvalue().replace(os.getcwd() + os.sep, ''), end='')
text = pydoc.render_doc(help_mod, renderer=pydoc.plaintext)
print(text == buf.getvalue().rstrip('\n') or repr(text[:200]))
print(repr(pydoc.getdoc(help_mod)))
print(pydoc.describe(help_mod))
print(pydoc.locate('help_mod.Shape.describe').__qualname__)
print(pydoc.locate('help_mod.NAMES'), pydoc.locate('no_such_module_xyz'))
print(pydoc.synopsis(help_mod.__file__))
