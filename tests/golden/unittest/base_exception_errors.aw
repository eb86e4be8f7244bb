# A test that raises SystemExit, GeneratorExit or asyncio's CancelledError (a BaseException) is
# counted as an error, as CPython's unittest does, and the run goes on to the next test.
import asyncio, io, sys, unittest

class Cases(unittest.TestCase):
    def test_exit(self):
        sys.exit(3)
    def test_generator_exit(self):
        raise GeneratorExit
    def test_cleanup_exit(self):
        self.addCleanup(sys.exit, 2)
    def test_cancelled(self):
        async def body():
            asyncio.current_task().cancel()
            await asyncio.sleep(1)
        asyncio.run(body())
    def test_fine(self):
        pass

stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Cases)
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("run:", result.testsRun)
for test, tb in result.errors:
    print(test.id().split(".")[-1], "->", tb.strip().splitlines()[-1])
print("ok:", result.wasSuccessful())
