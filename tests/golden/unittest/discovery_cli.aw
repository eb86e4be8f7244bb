# `python -m unittest` from the command line, through a subprocess in a temporary directory:
# discover -s/-p/-t, dotted test names, -v, -q, -k, -f, -b, --locals, a package with load_tests, a module
# that fails to import, and the exit status. "Ran N tests in T" is masked (T varies).
import os
import re
import subprocess
import sys
import tempfile
import textwrap

FILES = {
    "tests/__init__.py": "",
    "tests/test_math.py": """
        import unittest

        class TestAdd(unittest.TestCase):
            def test_small(self):
                self.assertEqual(1 + 1, 2)

            def test_big(self):
                self.assertEqual(10 ** 3, 1000)

            def test_wrong(self):
                self.assertEqual(2 * 2, 5)

        class TestPrint(unittest.TestCase):
            def test_noise(self):
                print("noise from a test")
                self.assertTrue(False, "loud failure")
        """,
    "tests/test_strings.py": """
        import unittest

        def setUpModule():
            print("module setup")

        class TestUpper(unittest.TestCase):
            def test_upper(self):
                self.assertEqual("a".upper(), "A")

            @unittest.skip("later")
            def test_later(self):
                pass
        """,
    "tests/check_other.py": """
        import unittest

        class TestOther(unittest.TestCase):
            def test_other(self):
                pass
        """,
    "tests/test_broken.py": "import no_such_module_anywhere\n",
    "pkg/__init__.py": """
        import unittest

        def load_tests(loader, tests, pattern):
            suite = unittest.TestSuite()
            suite.addTest(Custom("test_from_load_tests"))
            return suite

        class Custom(unittest.TestCase):
            def test_from_load_tests(self):
                pass

            def test_not_loaded(self):
                raise AssertionError("load_tests chose the tests")
        """,
    "test_top.py": """
        import unittest

        class Top(unittest.TestCase):
            def test_top(self):
                pass

        if __name__ == "__main__":
            unittest.main()
        """,
}


def run(*args, cwd):
    proc = subprocess.run([sys.executable, "-m", "unittest", *args], cwd=cwd,
                          capture_output=True, text=True)
    err = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in TIME", proc.stderr)
    err = err.replace(cwd, "TMP")
    # unittest's own frames: aw's stdlib is frozen into the binary
    err = re.sub(r'File "(?:<frozen unittest\.(\w+)>|[^"]*/unittest/(\w+)\.py)"', r'File "UNITTEST/\1\2.py"', err)
    if proc.returncode == 2:   # argparse's usage wraps around the interpreter's name: keep the verdict
        err = err.strip().splitlines()[-1].replace(os.path.basename(sys.executable), "EXE") + "\n"
    print("$ unittest", " ".join(args), "-> exit", proc.returncode)
    if proc.stdout:
        print("[stdout]", proc.stdout.replace(cwd, "TMP"), end="")
    print(err)


with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    for name, text in FILES.items():
        path = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(textwrap.dedent(text))
    run("tests.test_strings", cwd=tmp)
    run("-v", "tests.test_math.TestAdd.test_small", "tests.test_strings.TestUpper", cwd=tmp)
    run("discover", "-s", "tests", "-p", "test_s*.py", "-v", cwd=tmp)
    run("discover", "-s", "tests", "-p", "check_*.py", cwd=tmp)
    run("discover", "-s", "tests", "-k", "big", "-k", "upper", cwd=tmp)
    run("discover", "-s", "tests", "-t", ".", "-p", "test_math.py", "-f", cwd=tmp)
    run("-b", "tests.test_math.TestPrint", cwd=tmp)
    run("--locals", "tests.test_math.TestAdd.test_wrong", cwd=tmp)
    run("tests.test_broken", cwd=tmp)
    run("-q", "pkg", cwd=tmp)
    run(cwd=tmp)
    run("test_top.Top.test_missing", cwd=tmp)
    run("no_such_module", cwd=tmp)
    run("--bogus", cwd=tmp)
