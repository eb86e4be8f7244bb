# unittest.mock.patch: as a decorator (stacked, on a class), a context manager and with
# start/stop; patch.object, patch.dict, patch.multiple, autospec, new_callable, create.
import os
import unittest
from unittest import mock
from unittest.mock import patch, sentinel

import mock_patch_mod as mod


@patch("mock_patch_mod.fetch", return_value="fake")
def decorated(fake_fetch):
    print("inside:", mod.fetch("u"), fake_fetch.call_args)


decorated()
print("after:", mod.fetch("u"))


@patch("mock_patch_mod.LIMIT", 99)
@patch.object(mod.Client, "get")
@patch("os.path.getsize")
def stacked(getsize, get):   # bottom decorator first; LIMIT given a value adds no argument
    getsize.return_value = 123
    get.side_effect = lambda key: "mocked " + key
    print(mod.size_of("/nonexistent"), mod.Client().get("k"), mod.LIMIT)
    getsize.assert_called_once_with("/nonexistent")


stacked()
print(mod.LIMIT, mod.Client().get("k"))

with patch("mock_patch_mod.fetch") as fake:
    fake.return_value = sentinel.result
    print(mod.fetch("x") is sentinel.result, isinstance(fake, mock.MagicMock))
print(mod.fetch("x"))

patcher = patch.object(mod, "LIMIT", 5)
print(patcher.start(), mod.LIMIT)
patcher.stop()
print(mod.LIMIT)

with patch.dict(mod.CONFIG, {"mode": "test", "debug": True}):
    print(sorted(mod.CONFIG.items()))
print(mod.CONFIG)
with patch.dict(mod.CONFIG, clear=True):
    print(mod.CONFIG)
print(mod.CONFIG)
with patch.dict(os.environ, {"AW_MOCK_VAR": "1"}):
    print(os.environ["AW_MOCK_VAR"])
print("AW_MOCK_VAR" in os.environ)


@patch.dict("mock_patch_mod.CONFIG", {"mode": "deco"})
def with_dict():
    return mod.CONFIG["mode"]


print(with_dict(), mod.CONFIG["mode"])

with patch.multiple(mod, fetch=mock.DEFAULT, LIMIT=1) as values:
    values["fetch"].return_value = "multi"
    print(mod.fetch("y"), mod.LIMIT, sorted(values))

with patch("mock_patch_mod.fetch", autospec=True) as spec_fetch:
    spec_fetch.return_value = "spec"
    print(mod.fetch("z"))
    try:
        mod.fetch()
    except TypeError as e:
        print("TypeError:", e)

with patch.object(mod.Client, "build", autospec=True) as build:
    mod.Client.build()
    print(build.call_count)

with patch("mock_patch_mod.Client") as FakeClient:
    FakeClient.return_value.get.return_value = "from fake"
    print(mod.Client().get("a"), FakeClient.call_count)

with patch("mock_patch_mod.brand_new", create=True, new=7):
    print(mod.brand_new)
print(hasattr(mod, "brand_new"))

try:
    with patch("mock_patch_mod.missing_name"):
        pass
except AttributeError as e:
    print("AttributeError:", str(e).replace(os.path.dirname(os.path.abspath(__file__)), "DIR"))

try:
    patch("nodots")
except TypeError as e:
    print("TypeError:", e)

with patch.object(mod.Client, "retries", new_callable=mock.PropertyMock, return_value=8):
    print(mod.Client().retries)


@patch("mock_patch_mod.fetch", return_value="class-level")
class PatchedTests(unittest.TestCase):
    def test_one(self, fetch):
        self.assertEqual(mod.fetch("a"), "class-level")
        fetch.assert_called_once_with("a")

    def test_two(self, fetch):
        self.assertFalse(fetch.called)

    def helper(self):   # not a test: not patched, takes no extra argument
        return mod.fetch("h")


class StartStop(unittest.TestCase):
    def setUp(self):
        p = patch("mock_patch_mod.fetch", return_value="setup")
        self.fetch = p.start()
        self.addCleanup(p.stop)

    def test_it(self):
        self.assertEqual(mod.fetch("b"), "setup")


import io
suite = unittest.TestSuite()
for case in (PatchedTests, StartStop):
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(case))
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite)
print("run", result.testsRun, "ok", result.wasSuccessful())
print(PatchedTests("test_one").helper(), mod.fetch("end"))
