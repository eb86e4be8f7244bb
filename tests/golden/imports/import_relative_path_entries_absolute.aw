# Modules found through '' or a relative sys.path entry get absolute __file__ and tracebacks,
# as CPython's FileFinder gives them (run with -c in a temporary directory).
import os, subprocess, sys, tempfile

with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    with open(os.path.join(d, "m1.py"), "w") as f:
        f.write("X = 1\n")
    os.mkdir(os.path.join(d, "lib"))
    with open(os.path.join(d, "lib", "m2.py"), "w") as f:
        f.write("def boom():\n    raise ValueError('x')\n")
    code = ("import sys, os; sys.path.insert(0, 'lib'); import m1, m2\n"
            "print(m1.__file__ == os.path.join(os.getcwd(), 'm1.py'))\n"
            "print(m2.__file__ == os.path.join(os.getcwd(), 'lib', 'm2.py'))\n"
            "m2.boom()\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=d, capture_output=True, text=True)
    print(r.stdout, end="")
    print([line.replace(d, "DIR") for line in r.stderr.splitlines() if "File" in line])
