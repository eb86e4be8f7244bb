# TextTestRunner's reports at verbosity 0, 1 and 2: failures, errors, skips, expected
# failures, unexpected successes, subTest failures, tracebacks without unittest's own frames,
# long-message diffs, and the summary lines ("Ran N tests in T" masked: T varies).
import io
import os
import re
import unittest


class Cases(unittest.TestCase):
    def test_pass(self):
        self.assertTrue(True)

    def test_fail_equal(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_fail_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    def test_error(self):
        def inner():
            return 1 / 0
        inner()

    def test_fail_msg(self):
        self.assertIn(4, [1, 2, 3], "custom message")

    @unittest.skip("reason here")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertEqual(i % 2, 0)
        with self.subTest("message only"):
            raise RuntimeError("in a subtest")

    def test_long_list(self):
        self.assertListEqual(list(range(20)), list(range(19)) + [99])

    def test_docstring(self):
        """First line of the docstring.

        More text."""
        self.fail("explicit fail")


def run(verbosity, **kw):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Cases)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in TIME", stream.getvalue())
    text = text.replace(os.path.dirname(os.path.abspath(__file__)), "DIR")
    print("=" * 20, "verbosity", verbosity, kw)
    print(text)
    return result


run(0)
run(1)
result = run(2)
print(result)
print(len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures),
      len(result.unexpectedSuccesses), result.testsRun, result.wasSuccessful())
run(1, failfast=True)
