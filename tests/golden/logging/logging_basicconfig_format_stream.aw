import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s - %(message)s", stream=sys.stdout)
logging.debug("debug %d", 1)
log = logging.getLogger(__name__)
log.info("module logger %s", __name__)
logging.basicConfig(level=logging.ERROR)   # ignored: root already configured
logging.info("still info")
logging.basicConfig(level=logging.ERROR, format="%(message)s!", stream=sys.stdout, force=True)
logging.warning("dropped")
logging.error("forced %s", "reconfig")
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError:", e)
record = logging.makeLogRecord({"msg": "hi %s", "args": ("there",)})
print(record.getMessage(), logging.getLevelName(logging.WARN))
