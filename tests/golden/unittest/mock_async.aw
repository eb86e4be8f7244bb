# AsyncMock (awaited assertions, side_effect, patching coroutine functions into AsyncMocks) and
# IsolatedAsyncioTestCase (asyncSetUp/asyncTearDown, addAsyncCleanup, enterAsyncContext).
import asyncio
import io
import unittest
from unittest import mock
from unittest.mock import AsyncMock, call, patch


async def remote(x):
    await asyncio.sleep(0)
    return x


def show(label, fn):
    try:
        print(label, "->", fn())
    except AssertionError as e:
        print(label, "failed:", e)


async def main():
    m = AsyncMock(return_value=5)
    print(asyncio.iscoroutinefunction(m), asyncio.iscoroutinefunction(mock.Mock()))
    print(await m(1), m.await_count, m.call_count)
    m.assert_awaited_with(1)
    show("awaited once", m.assert_awaited_once)
    show("await args", lambda: m.await_args_list)
    eff = AsyncMock(side_effect=[1, ValueError("boom")])
    print(await eff())
    try:
        await eff()
    except ValueError as e:
        print("ValueError", e)

    async def double(v):
        return v * 2
    print(await AsyncMock(side_effect=double)(21))
    show("not awaited", AsyncMock().assert_awaited)
    with patch(__name__ + ".remote") as patched:
        print(type(patched).__name__)
        patched.return_value = "patched"
        print(await remote(3))
        patched.assert_awaited_once_with(3)
    print(await remote(4))
    mm = mock.MagicMock()
    mm.fetch = AsyncMock(return_value={"ok": True})
    print(await mm.fetch("u"))
    async with mock.MagicMock() as cm:
        print(type(cm).__name__)
    agen = mock.MagicMock()
    agen.__aiter__.return_value = [1, 2, 3]
    print([v async for v in agen])
    spec = AsyncMock(spec=remote)
    show("spec sig", lambda: spec.assert_not_awaited())


asyncio.run(main())

log = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.value = await remote(10)
        self.addAsyncCleanup(self.cleanup, "async cleanup")

    async def cleanup(self, what):
        await asyncio.sleep(0)
        log.append(what)

    def setUp(self):
        log.append("setUp")

    async def test_value(self):
        log.append("test_value")
        self.assertEqual(self.value, 10)
        self.assertIsNotNone(asyncio.get_running_loop())

    async def test_failure(self):
        log.append("test_failure")
        self.assertEqual(await remote(1), 2)

    async def test_context(self):
        class Ctx:
            async def __aenter__(self):
                log.append("aenter")
                return "ctx"

            async def __aexit__(self, *exc):
                log.append("aexit")
        self.assertEqual(await self.enterAsyncContext(Ctx()), "ctx")

    async def test_task_error(self):
        async def bad():
            raise KeyError("in task")
        with self.assertRaises(KeyError):
            await asyncio.create_task(bad())

    async def asyncTearDown(self):
        log.append("asyncTearDown")


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests))
print("\n".join(log))
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
for test, tb in result.failures:
    print(test.id(), tb.strip().splitlines()[-1])
