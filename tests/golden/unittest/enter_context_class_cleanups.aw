# TestCase.enterContext / enterClassContext / addClassCleanup (new in Python 3.11).
import contextlib
import io
import unittest

log = []


@contextlib.contextmanager
def resource(name):
    log.append("enter " + name)
    yield name.upper()
    log.append("exit " + name)


class Cases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = cls.enterClassContext(resource("class"))
        cls.addClassCleanup(log.append, "class cleanup")

    def setUp(self):
        self.value = self.enterContext(resource("test"))

    def test_values(self):
        log.append("run %s %s" % (self.shared, self.value))
        self.assertEqual(self.value, "TEST")

    def test_not_a_cm(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        log.append(str(cm.exception))


class Broken(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("teardown failed")

    def test_ok(self):
        pass


stream = io.StringIO()
suite = unittest.TestSuite()
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Cases))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Broken))
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
for line in log:
    print(line)
print("run", result.testsRun, "errors", len(result.errors), "failures", len(result.failures))
for test, tb in result.errors:
    print(str(test).split(" ")[0], tb.strip().splitlines()[-1])
