import unittest

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_fail(self):
        self.assertEqual("a", "b")

    def test_error(self):
        {}["missing"]

    @unittest.skipIf(True, "skipped")
    def test_skip(self):
        pass

if __name__ == "__main__":
    print("running")
    unittest.main()
