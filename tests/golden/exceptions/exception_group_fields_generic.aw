# ExceptionGroup's message and exceptions are read-only; exception classes are not generic
# (the exception groups are); assertSequenceEqual compares item by item.
import unittest

eg = ExceptionGroup("eg", [TypeError(1), OSError(2)])
for field, value in (("message", "new"), ("exceptions", [OSError("x")])):
    try:
        setattr(eg, field, value)
    except AttributeError as e:
        print(field, "AttributeError:", e)
print(eg.message, eg.exceptions)

class MyError(ValueError):
    pass

class MyGroup(ExceptionGroup):
    pass

for cls in (Exception, MyError, BaseException):
    try:
        cls[int]
    except TypeError as e:
        print("TypeError:", e)
print(ExceptionGroup[OSError], BaseExceptionGroup[int], MyGroup[int])

class Seq(unittest.TestCase):
    def test_list_tuple(self):
        self.assertSequenceEqual([1, 2], (1, 2))
    def test_differ(self):
        self.assertSequenceEqual([1, 2], (1, 3))
    def test_list_type(self):
        self.assertListEqual([1], (1,))
    def test_tuple_equal(self):
        self.assertTupleEqual((1, 2), (1, 2))
    def test_no_len(self):
        self.assertSequenceEqual(5, [5])

result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Seq).run(result)
print(result.testsRun, len(result.failures))
for test, text in result.failures:
    print(test.id().split(".")[-1], [l for l in text.splitlines() if l.startswith("AssertionError")][0])
