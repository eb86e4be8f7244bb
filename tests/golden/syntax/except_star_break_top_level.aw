# break/continue inside an except* body are reported as such even outside any loop; the
# Python 2 `print >> stream` gets CPython's hint.
import sys
for src in ("try:\n    pass\nexcept* Exception:\n    break\n",
            "try:\n    pass\nexcept* Exception:\n    continue\n",
            "for i in range(3):\n    try:\n        pass\n    except* Exception:\n        if i:\n            break\n",
            "def f():\n    try:\n        pass\n    except* Exception:\n        return 1\n",
            "try:\n    pass\nexcept Exception:\n    break\n"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

for right in (1, "x"):
    try:
        print >> right
    except TypeError as e:
        print(e)
try:
    max >> 1
except TypeError as e:
    print(e)
