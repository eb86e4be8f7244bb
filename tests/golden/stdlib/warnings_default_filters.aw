# The default filters: DeprecationWarning shows only when attributed to __main__;
# PendingDeprecationWarning is ignored; FutureWarning shows. Output collected from stderr.
import io
import os
import sys

_err = io.StringIO()
sys.stderr = _err

import warnings_deprecated_mod as m

m.deprecated_here()
m.deprecated_for_caller()
m.deprecated_for_caller()
m.pending()
m.future()
print(issubclass(PendingDeprecationWarning, Warning), FutureWarning.__mro__[1].__name__,
      SyntaxWarning.__name__, ResourceWarning.__base__.__name__)

sys.stderr = sys.stdout
print(_err.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")
