# Module and class fixtures with their failures (setUpModule, setUpClass errors reported as
# _ErrorHolder entries), addModuleCleanup, doCleanups order, load_tests, TestSuite nesting,
# countTestCases, FunctionTestCase, resultclass and a custom TestResult.
import io
import sys
import unittest

events = []


def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "module cleanup")


def tearDownModule():
    events.append("tearDownModule")


class Good(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("Good.setUpClass")

    def setUp(self):
        self.addCleanup(events.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(events.append, "cleanup 2 " + self._testMethodName)

    def test_a(self):
        events.append("test_a")

    def test_b(self):
        events.append("test_b")


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup broke")

    def test_never(self):
        events.append("never")


class BadCleanup(unittest.TestCase):
    def test_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)


def load_tests(loader, standard_tests, pattern):
    suite = unittest.TestSuite()
    suite.addTests(loader.loadTestsFromTestCase(Good))
    suite.addTest(unittest.TestSuite([loader.loadTestsFromTestCase(BadClass)]))
    suite.addTest(BadCleanup("test_cleanup_fails"))
    suite.addTest(unittest.FunctionTestCase(lambda: events.append("function test"),
                                            description="a function"))
    return suite


class Recording(unittest.TextTestResult):
    def startTest(self, test):
        events.append("start " + str(test).split(" ")[0])
        super().startTest(test)


module = sys.modules[__name__]
suite = unittest.defaultTestLoader.loadTestsFromModule(module)
print(type(suite).__name__, suite.countTestCases())
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2, resultclass=Recording)
result = runner.run(suite)
print(type(result).__name__, result.testsRun, len(result.errors))
for test, tb in result.errors:
    print(str(test), "|", tb.strip().splitlines()[-1])
print("\n".join(events))
out = stream.getvalue().splitlines()
print("\n".join(line for line in out if " ... " in line))
