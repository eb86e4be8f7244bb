import logging
logging.warning("plain %s", "warning")
logging.info("not shown")
log = logging.getLogger("app.db")
log.error("named error %d", 42)
log.debug("hidden")
print(log, logging.getLogger(), log.parent, log.getEffectiveLevel())
logging.getLogger("app").setLevel(logging.DEBUG)
log.debug("now visible")
import sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.setLevel(logging.INFO)
other.propagate = False
other.info("to stdout")
other.warning("warn %r", {"a": 1})
errlog = logging.getLogger("errors")
errlog.propagate = False
eh = logging.StreamHandler(sys.stderr)
eh.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
errlog.addHandler(eh)
try:
    1 / 0
except ZeroDivisionError:
    errlog.exception("failed")
f2 = logging.Formatter("{levelname}|{message}", style="{")
h.setFormatter(f2)
other.critical("brace style")
adapter = logging.LoggerAdapter(other, {"user": "x"})
adapter.info("adapted")
print(logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(5))
lone = logging.getLogger("lonely")
lone.propagate = False
lone.warning("last resort")
lone.info("dropped")
