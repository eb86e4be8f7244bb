# The failure messages of TestCase's assertions, with CPython's diffs: dicts, sets, sequences,
# multi-line strings, maxDiff truncation, longMessage, assertCountEqual, the Regex variants,
# assertAlmostEqual with delta, addTypeEqualityFunc, and skips at class level and in setUpClass.
import io
import unittest


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Point(%d)" % self.x


class Messages(unittest.TestCase):
    maxDiff = 400

    def setUp(self):
        self.addTypeEqualityFunc(Point, self.points_equal)

    def points_equal(self, a, b, msg=None):
        if a.x != b.x:
            raise self.failureException(msg or "points differ in x: %d vs %d" % (a.x, b.x))

    def check(self, fn, *args, **kwargs):
        try:
            fn(*args, **kwargs)
        except AssertionError as e:
            print("---", fn.__name__)
            print(e)
        else:
            print("---", fn.__name__, "passed")

    def test_messages(self):
        c = self.check
        c(self.assertDictEqual, {"a": 1, "b": 2, "c": [1, 2]}, {"a": 1, "b": 3, "d": None})
        c(self.assertSetEqual, {1, 2, 3}, {2, 3, 4})
        c(self.assertTupleEqual, (1, 2, 3), (1, 2))
        c(self.assertSequenceEqual, [1, 2], (1, 2))
        c(self.assertMultiLineEqual, "alpha\nbeta\ngamma\n", "alpha\nBETA\ngamma\ndelta\n")
        c(self.assertEqual, "x" * 50 + "a", "x" * 50 + "b")
        c(self.assertCountEqual, [1, 1, 2, "a"], [1, 2, 2, "b"])
        c(self.assertRaisesRegex, ValueError, r"^bad \d+$", int, "zz")
        c(self.assertRegex, "hello world", r"^world")
        c(self.assertNotRegex, "hello world", r"wor")
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.25)
        c(self.assertNotAlmostEqual, 1.0, 1.0 + 1e-9)
        c(self.assertIsInstance, 3, str)
        c(self.assertNotIsInstance, 3, int)
        c(self.assertIs, [], [])
        c(self.assertIsNot, None, None)
        c(self.assertEqual, Point(1), Point(2))
        c(self.assertEqual, Point(1), Point(2), "custom point message")
        c(self.assertLess, 3, 2, "with a message")
        c(self.assertDictEqual, dict.fromkeys(range(60), "v"), dict.fromkeys(range(1, 61), "v"))
        self.longMessage = False
        c(self.assertEqual, 1, 2, "only this message")
        self.longMessage = True
        self.maxDiff = None
        c(self.assertListEqual, list(range(30)), list(range(1, 31)))
        with self.assertRaisesRegex(KeyError, "missing") as cm:
            {}["missing"]
        print("caught", repr(cm.exception), cm.expected.__name__)
        with self.assertWarnsRegex(UserWarning, "dep.*ted") as wm:
            import warnings
            warnings.warn("deprecated thing")
        print("warned", wm.warning, wm.lineno > 0)


@unittest.skipUnless(False, "class skipped")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no backend")

    def test_b(self):
        pass


stream = io.StringIO()
suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(c)
                           for c in (Messages, SkippedClass, SkipInSetUpClass))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("\n".join(l for l in stream.getvalue().splitlines() if " ... " in l))
print(result.testsRun, [(str(t), r) for t, r in result.skipped], result.wasSuccessful())
