import unittest, warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 42

class T(unittest.TestCase):
    def test_context(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(old_api(), 42)
        print("caught:", cm.warning)

    def test_callable(self):
        self.assertWarns(DeprecationWarning, old_api)

    def test_missing(self):
        try:
            with self.assertWarns(UserWarning):
                pass
        except AssertionError as e:
            print("failed as expected:", e)

unittest.main(exit=False)
