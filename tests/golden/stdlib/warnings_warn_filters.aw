# warnings: "file:line: Category: message" once per location, stacklevel, filters,
# catch_warnings(record=True), error and ignore actions, formatwarning.
import io
import os
import sys

_err = io.StringIO()
sys.stderr = _err   # warnings go to sys.stderr: collect them, print without the folder path
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

def risky(x):
    warnings.warn(f"risky value {x}")

for i in range(3):
    risky(1)          # printed once: same location
risky(2)
old_api()
warnings.warn("plain", RuntimeWarning)
warnings.warn(UserWarning("instance"))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    risky(3)
    risky(3)
    old_api()
    print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[2].category.__name__, w[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky(4)
    except UserWarning as e:
        print("raised", e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    risky(5)

warnings.filterwarnings("ignore", message="risky value 6")
risky(6)
risky(7)
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line here"))
warnings.resetwarnings()
warnings.warn("after reset", FutureWarning)
warnings.showwarning("shown", UserWarning, "g.py", 9)
sys.stderr = sys.__stderr__ if hasattr(sys, "__stderr__") else sys.stdout
print(_err.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")
