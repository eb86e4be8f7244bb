import unittest

calls = []

class Base(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        calls.append("setUpClass " + cls.__name__)

    @classmethod
    def tearDownClass(cls):
        calls.append("tearDownClass " + cls.__name__)

    def setUp(self):
        self.items = [3, 1, 2]
        calls.append("setUp " + self._testMethodName)

    def tearDown(self):
        calls.append("tearDown " + self._testMethodName)

    def test_sort(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])
        self.assertListEqual(self.items, [3, 1, 2])

    def test_assertions(self):
        self.assertTrue(self.items)
        self.assertFalse([])
        self.assertIn(2, self.items)
        self.assertNotIn(5, self.items)
        self.assertIs(None, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIsInstance(self.items, list)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertNotEqual(1, 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        self.assertEqual(cm.exception.args, ("k",))

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i * 2 // 2, i)

    @unittest.skip("not today")
    def test_skipped(self):
        raise RuntimeError("never runs")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def helper_not_a_test(self):
        raise RuntimeError("not collected")


class Messages(unittest.TestCase):
    def test_failure_messages(self):
        cases = [
            lambda: self.assertEqual(1, 2),
            lambda: self.assertTrue(0),
            lambda: self.assertIn(1, []),
            lambda: self.assertIsNone(5),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertEqual(1, 2, "custom"),
            lambda: self.assertAlmostEqual(1.0, 1.1),
        ]
        for case in cases:
            try:
                case()
            except AssertionError as e:
                print(e)


if __name__ == "__main__":
    unittest.main(exit=False)
    print("\n".join(calls))
