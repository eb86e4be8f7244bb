"""unittest: the TestCase / main() subset that test files written for CPython use.

Reporting follows CPython 3.11's text runner: one character per test on stderr ('.', 'F', 'E',
's', 'x', 'u'), then an ERROR/FAIL block per problem with the traceback (the runner's own frames
left out), "Ran N tests in T.TTTs", and OK or FAILED (failures=.., errors=..); main() exits with
status 0 or 1. Assertion messages are CPython's for the common assertions; the multi-line diffs
CPython appends for long sequences and strings are not produced (SPEC.md).
"""
import sys
import time

__all__ = ["TestCase", "IsolatedAsyncioTestCase", "TestSuite", "TestLoader", "TextTestRunner",
           "TestResult", "main", "skip", "skipIf", "skipUnless", "expectedFailure", "SkipTest",
           "defaultTestLoader", "FunctionTestCase"]


class SkipTest(Exception):
    """Raise to skip the running test."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(skip)):   # @skip used without a reason
        test_item, reason = reason, ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _format_exception(exc):
    """The traceback of exc as CPython's runner shows it: the test's frames, not the runner's."""
    try:
        import traceback
        lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    except Exception:
        return "%s: %s\n" % (type(exc).__name__, exc)
    text = "".join(lines).splitlines(True)
    out = []
    skipping = False
    for line in text:
        if line.startswith('  File "<frozen unittest>"'):
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        out.append(line)
    return "".join(out)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.exception = None
        self.msg = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            raise self.test_case.failureException(self.msg or "%s not raised" % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc_value)):
                raise self.test_case.failureException('"%s" does not match "%s"' % (self.regex, str(exc_value)))
        return True


class _AssertWarnsContext:
    """Records the warnings of the block; fails unless one is of the expected category."""

    def __init__(self, expected, test_case, regex=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.warning = None
        self.msg = None

    def __enter__(self):
        import warnings
        self._catcher = warnings.catch_warnings(record=True)
        self._log = self._catcher.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        import re
        first_matching = None
        for w in self._log:
            if not issubclass(w.category, self.expected):
                continue
            if first_matching is None:
                first_matching = w.message
            if self.regex is None or re.search(self.regex, str(w.message)):
                self.warning = w.message
                self.filename = w.filename
                self.lineno = w.lineno
                return False
        name = getattr(self.expected, "__name__", str(self.expected))
        if first_matching is not None:
            raise self.test_case.failureException(self.msg or '"%s" does not match "%s"' % (
                getattr(self.regex, "pattern", self.regex), str(first_matching)))
        raise self.test_case.failureException(self.msg or "%s not triggered" % name)


class _SubTest:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, (SkipTest, KeyboardInterrupt)):
            return False
        self.case._subtest_errors.append((self, exc_value))
        return True

    def describe(self):
        parts = []
        if self.msg is not None:
            parts.append("[%s]" % self.msg)
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % (k, v) for k, v in self.params.items()))
        return " ".join(parts) or "(<subtest>)"


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._subtest_errors = []
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))

    # -- identity and description --
    def id(self):
        return "%s.%s.%s" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, self.__class__.__module__,
                                  self.__class__.__qualname__, self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def countTestCases(self):
        return 1

    # -- fixtures --
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    _class_cleanups = []

    @classmethod
    def addClassCleanup(cls, function, *args, **kwargs):
        if "_class_cleanups" not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        cleanups = cls.__dict__.get("_class_cleanups", [])
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append(e)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTest(self, msg, params)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg
        return "%s : %s" % (standardMsg, msg)

    # -- running --
    def run(self, result=None):
        if result is None:
            result = TestResult()
        method = getattr(self, self._testMethodName)
        result.startTest(self)
        try:
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = getattr(self.__class__, "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
            self._subtest_errors = []
            outcome = self._run_phase(result, self.setUp)
            if outcome:
                outcome = self._run_phase(result, method, expecting_failure)
                if outcome == "ok" and expecting_failure and not self._subtest_errors:
                    result.addUnexpectedSuccess(self)
                    outcome = "reported"
                self._run_phase(result, self.tearDown)
            self._report_subtests(result, expecting_failure)
            try:
                self.doCleanups()
            except KeyboardInterrupt:
                raise
            except BaseException as e:   # as CPython: SystemExit, CancelledError... are errors too
                result.addError(self, e)
                outcome = "reported"
            if outcome == "ok" and not self._subtest_errors:
                result.addSuccess(self)
        finally:
            result.stopTest(self)
        return result

    def _run_phase(self, result, function, expecting_failure=False):
        """Runs one of setUp / the test / tearDown: "ok", "reported", or None (stop)."""
        try:
            r = function()
            if r is not None and hasattr(r, "__await__"):
                self._run_coroutine(r)
            return "ok"
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
            return None
        except self.failureException as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            else:
                result.addFailure(self, e)
            return None
        except BaseException as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            else:
                result.addError(self, e)
            return None

    def _run_coroutine(self, coro):
        import asyncio
        asyncio.run(coro)

    def _report_subtests(self, result, expecting_failure):
        for sub, exc in self._subtest_errors:
            if expecting_failure:
                result.addExpectedFailure(self, exc)
            elif isinstance(exc, self.failureException):
                result.addFailure(self, exc, sub)
            else:
                result.addError(self, exc, sub)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    # -- assertions --
    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            standard = "%s != %s" % (_safe_repr(first), _safe_repr(second))
            kinds = ((list, "Lists"), (tuple, "Tuples"), (dict, "Dicts"), (set, "Sets"), (frozenset, "Sets"))
            for kind, word in kinds:
                if isinstance(first, kind) and isinstance(second, kind) and kind is not str:
                    standard = "%s differ: %s" % (word, standard)
                    break
            self.fail(self._formatMessage(msg, standard))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second))))

    assertEquals = failUnlessEqual = assertEqual
    assertNotEquals = failIfEqual = assertNotEqual
    assertDictEqual = assertSetEqual = assertEqual

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        # CPython's checks: element by element, so a list and a tuple with equal items pass
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s' % (seq_type_name, _safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s' % (seq_type_name, _safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s' % (seq_type_name.capitalize(), _safe_repr(seq1), _safe_repr(seq2))
            same = True
            for i in range(min(len1, len2)):
                try:
                    if seq1[i] != seq2[i]:
                        same = False
                        break
                except (TypeError, IndexError, NotImplementedError):
                    same = False
                    break
            if same and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return
        self.fail(self._formatMessage(msg, differing))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)
    assertMultiLineEqual = assertEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (_safe_repr(first), _safe_repr(second),
                                                                     _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (_safe_repr(first), _safe_repr(second),
                                                                      places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (_safe_repr(first), _safe_repr(second),
                                                                     _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s" % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % _safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, "%s unexpectedly found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (_safe_repr(obj), cls)))

    def _compare(self, a, b, ok, word, msg):
        if not ok:
            self.fail(self._formatMessage(msg, "%s not %s %s" % (_safe_repr(a), word, _safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        self._compare(a, b, a > b, "greater than", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a, b, a >= b, "greater than or equal to", msg)

    def assertLess(self, a, b, msg=None):
        self._compare(a, b, a < b, "less than", msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a, b, a <= b, "less than or equal to", msg)

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        missing = list(b)
        for x in a:
            if x in missing:
                missing.remove(x)
            else:
                self.fail(self._formatMessage(msg, "Element counts were not equal"))
        if missing:
            self.fail(self._formatMessage(msg, "Element counts were not equal"))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if not re.search(expected_regex, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        m = re.search(unexpected_regex, text)
        if m:
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r in %r" % (m.group(), unexpected_regex, text)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        if not args:
            context.msg = kwargs.pop("msg", None)
            return context
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        if not args:
            context.msg = kwargs.pop("msg", None)
            return context
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        if not args:
            context.msg = kwargs.pop("msg", None)
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        if not args:
            context.msg = kwargs.pop("msg", None)
            return context
        with context:
            args[0](*args[1:], **kwargs)

    failUnless = assert_ = assertTrue
    failIf = assertFalse


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp and asyncTearDown may be coroutines."""

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def setUp(self):
        return self.asyncSetUp()

    def tearDown(self):
        return self.asyncTearDown()


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._description = description
        TestCase.__init__(self, "runTest")

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def __str__(self):
        return "%s (%s)" % (self.__class__.__name__, self._testFunc.__name__)


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def run(self, result):
        classes_done = []
        current = None
        for test in _flatten(self):
            cls = test.__class__
            if cls is not current:
                if current is not None:
                    _class_teardown(current, result)
                current = cls
                if not getattr(cls, "__unittest_skip__", False):
                    try:
                        cls.setUpClass()
                    except Exception as e:
                        result.addError(_ClassError("setUpClass", cls), e)
                        cls.doClassCleanups()
                        current = None
                        classes_done.append(cls)
                        continue
            elif cls in classes_done:
                continue
            if result.shouldStop:
                break
            test(result)
        if current is not None:
            _class_teardown(current, result)
        return result

    def __call__(self, result):
        return self.run(result)


def _enter_context(cm, addcleanup):
    # CPython looks the methods up on the type, and refuses non-context-managers the same way
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return result


def _class_teardown(cls, result):
    if getattr(cls, "__unittest_skip__", False):
        return
    try:
        cls.tearDownClass()
    except Exception as e:
        result.addError(_ClassError("tearDownClass", cls), e)
    cls.doClassCleanups()
    for e in cls.tearDown_exceptions:
        result.addError(_ClassError("tearDownClass", cls), e)


class _ClassError:
    def __init__(self, phase, cls):
        self.description = "%s (%s.%s)" % (phase, cls.__module__, cls.__qualname__)

    def __str__(self):
        return self.description


def _flatten(suite):
    for t in suite:
        if isinstance(t, TestSuite):
            yield from _flatten(t)
        else:
            yield t


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass)
                 if n.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, n))]
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return TestSuite([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase, IsolatedAsyncioTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        tests = TestSuite(tests)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is not None:   # the load_tests protocol: the module builds its own suite
            return load_tests(self, tests, pattern)
        return tests


defaultTestLoader = TestLoader()


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        pass

    def addError(self, test, err, sub=None):
        self.errors.append((_described(test, sub), _format_exception(err)))

    def addFailure(self, test, err, sub=None):
        self.failures.append((_described(test, sub), _format_exception(err)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _format_exception(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True


class _Described:
    def __init__(self, test, sub):
        self.test = test
        self.sub = sub

    def __str__(self):
        if self.sub is None:
            return str(self.test)
        return "%s %s" % (self.test, self.sub.describe())

    def shortDescription(self):
        return self.test.shortDescription() if hasattr(self.test, "shortDescription") else None


def _described(test, sub):
    return _Described(test, sub) if sub is not None else test


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions=True, verbosity=1):
        TestResult.__init__(self)
        self.stream = stream
        self.verbosity = verbosity
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription() if hasattr(test, "shortDescription") else None
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status, sub=None):
        if sub is not None or self._newline:
            if not self._newline:
                self.stream.write("\n")
            if sub is not None:
                self.stream.write("  ")
            self.stream.write(self.getDescription(_described(test, sub)))
            self.stream.write(" ... ")
        self.stream.write(status + "\n")
        self.stream.flush()
        self._newline = True

    def _mark(self, char, word, test, sub=None):
        if self.showAll:
            self._write_status(test, word, sub)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._mark(".", "ok", test)

    def addError(self, test, err, sub=None):
        TestResult.addError(self, test, err, sub)
        self._mark("E", "ERROR", test, sub)

    def addFailure(self, test, err, sub=None):
        TestResult.addFailure(self, test, err, sub)
        self._mark("F", "FAIL", test, sub)

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._mark("s", "skipped %r" % (reason,), test)

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._mark("x", "expected failure", test)

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._mark("u", "unexpected success", test)

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        if self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            for test in self.unexpectedSuccesses:
                self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + "\n")
            self.stream.write("%s\n" % err)
            self.stream.flush()


class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, **kwargs):
        self.stream = stream if stream is not None else sys.stderr
        self.verbosity = verbosity
        self.descriptions = descriptions

    def run(self, test):
        result = TextTestResult(self.stream, self.descriptions, self.verbosity)
        start = time.perf_counter()
        test(result)
        taken = time.perf_counter() - start
        result.printErrors()
        self.stream.write("-" * 70 + "\n")
        run = result.testsRun
        self.stream.write("Ran %d test%s in %.3fs\n\n" % (run, run != 1 and "s" or "", taken))
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.write(" (%s)" % ", ".join(infos))
        self.stream.write("\n")
        self.stream.flush()
        return result


class main:
    """Runs the tests of a module (by default __main__), then exits 0 or 1 like CPython's."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None):
        if isinstance(module, str):
            module = sys.modules[module]
        argv = list(sys.argv if argv is None else argv)
        if "-v" in argv[1:] or "--verbose" in argv[1:]:
            verbosity = 2
        names = [a for a in argv[1:] if not a.startswith("-")]
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            tests = []
            for name in names:
                cls_name, _, method = name.partition(".")
                cls = getattr(module, cls_name)
                tests.append(cls(method) if method else testLoader.loadTestsFromTestCase(cls))
            self.test = TestSuite(tests)
        else:
            self.test = testLoader.loadTestsFromModule(module)
        runner = testRunner if testRunner is not None else TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


TestProgram = main
