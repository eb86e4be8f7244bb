# assertLogs / assertNoLogs: records, output format, levels, logger names, failure messages,
# and that the root logger's handlers are restored afterwards.
import io
import logging
import unittest

log = logging.getLogger("app.db")


class Logs(unittest.TestCase):
    def test_records(self):
        with self.assertLogs("app", level="INFO") as cm:
            log.info("connected to %s", "db1")
            log.debug("not captured")
            logging.getLogger("app.cache").warning("cache miss")
            log.error("failed: %d", 3)
        print(cm.output)
        print([(r.name, r.levelname, r.getMessage()) for r in cm.records])

    def test_root_default_level(self):
        with self.assertLogs() as cm:
            logging.getLogger("x").info("info ignored")
            logging.getLogger("x").warning("warned")
        print(cm.output)

    def test_logger_object(self):
        with self.assertLogs(log, logging.DEBUG) as cm:
            log.debug("debug kept")
        print(cm.output)

    def test_nothing_logged(self):
        with self.assertLogs("app", level="ERROR"):
            log.warning("too low")

    def test_no_logs(self):
        with self.assertNoLogs("app", level="ERROR"):
            log.warning("below the level")
        with self.assertNoLogs(log):
            log.info("this one counts")


stream = io.StringIO()
before = list(logging.getLogger().handlers), logging.getLogger().level
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Logs))
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
for test, tb in result.failures:
    print(test.id().rsplit(".", 1)[1], "|", tb.strip().splitlines()[-1])
print(before == (list(logging.getLogger().handlers), logging.getLogger().level))
