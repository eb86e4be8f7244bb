# aw-only: `aw -m unittest` takes .aw test modules too (discover -p 'test*.aw', or a file name
# ending in .aw), as aw imports .aw files like .py ones.
import os
import re
import subprocess
import sys
import tempfile

TEST = """import unittest

class Alpha(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_wrong(self):
        self.assertEqual(2 + 2, 5)
"""

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "test_alpha.aw"), "w") as f:
        f.write(TEST)
    with open(os.path.join(tmp, "helper.aw"), "w") as f:
        f.write("raise RuntimeError('not a test module: never imported')\n")
    for args in (["discover", "-p", "test*.aw", "-v"], ["test_alpha.aw"], ["discover"]):
        proc = subprocess.run([sys.executable, "-m", "unittest", *args], cwd=tmp,
                              capture_output=True, text=True)
        err = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in TIME", proc.stderr)
        print("$ unittest", " ".join(args), "-> exit", proc.returncode)
        print(err.replace(os.path.realpath(tmp), "TMP"))
