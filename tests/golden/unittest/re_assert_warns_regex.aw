# TestCase.assertWarnsRegex as a context manager and with a callable.
import unittest, warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning)
    return x * 2

class T(unittest.TestCase):
    def test_context(self):
        with self.assertWarnsRegex(DeprecationWarning, r"new_\w+") as cm:
            old_api(1)
        print("caught:", cm.warning)

    def test_callable(self):
        self.assertWarnsRegex(DeprecationWarning, "deprecated", old_api, 3)

    def test_regex_mismatch(self):
        try:
            with self.assertWarnsRegex(DeprecationWarning, "nothing here"):
                old_api(1)
        except AssertionError as e:
            print("mismatch:", e)

    def test_not_triggered(self):
        try:
            with self.assertWarnsRegex(UserWarning, "x"):
                old_api(1)
        except AssertionError as e:
            print("missing:", e)

suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
