# unittest's load_tests protocol: a module-level load_tests(loader, tests, pattern) builds the
# suite that loadTestsFromModule (and unittest.main) run.
import sys
import types
import unittest

mod = types.ModuleType("probe")

class A(unittest.TestCase):
    def test_a(self):
        print("ran A.test_a")

class B(unittest.TestCase):
    def test_b1(self):
        print("ran B.test_b1")
    def test_b2(self):
        print("ran B.test_b2")

def load_tests(loader, tests, pattern):
    print("load_tests got", tests.countTestCases(), "tests, pattern", pattern)
    suite = unittest.TestSuite()
    suite.addTest(B("test_b2"))
    suite.addTests(tests)
    return suite

mod.A, mod.B, mod.load_tests = A, B, load_tests
suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful())
del mod.load_tests
print(unittest.defaultTestLoader.loadTestsFromModule(mod).countTestCases())
