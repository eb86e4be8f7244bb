# The runner's warnings handling: with no -W option unittest shows each warning once per
# location ('default'), deprecated assertion aliases once; `-W ignore` (sys.warnoptions) or
# TextTestRunner(warnings='ignore') silence them; -W error turns them into errors.
import os
import subprocess
import sys
import tempfile

PROGRAM = """
import sys, unittest, warnings

class T(unittest.TestCase):
    def test_warns(self):
        for i in range(3):
            warnings.warn("uw")
            warnings.warn("dw", DeprecationWarning)

    def test_alias(self):
        for i in range(2):
            self.assertEquals(1, 1)

print("warnoptions", sys.warnoptions, file=sys.stderr)
unittest.main(warnings=sys.argv[1] if len(sys.argv) > 1 else None, argv=sys.argv[:1])
"""

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "prog.py")
    with open(path, "w") as f:
        f.write(PROGRAM)
    for flags, args in (([], []), (["-W", "ignore"], []), ([], ["ignore"]), (["-Werror"], []),
                        (["-E", "-W", "ignore::UserWarning"], [])):
        proc = subprocess.run([sys.executable, *flags, "prog.py", *args], cwd=tmp,
                              capture_output=True, text=True)
        lines = [l for l in proc.stderr.splitlines()
                 if "Warning" in l or l.startswith(("warnoptions", "OK", "FAILED"))]
        print(flags, args, "-> exit", proc.returncode)
        for line in lines:
            print("  ", line.replace(tmp, "TMP"))
