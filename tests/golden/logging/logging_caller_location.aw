import logging
logging.basicConfig(format="%(levelname)s %(name)s %(filename)s:%(lineno)d %(funcName)s %(module)s: %(message)s", level=logging.DEBUG)
log = logging.getLogger("app")
def work(x):
    log.info("working on %s", x)
    log.debug("detail", stacklevel=2)
    return x
class Svc:
    def run(self):
        logging.warning("from method")
        try:
            1 / 0
        except ZeroDivisionError:
            log.exception("failed")
work(3)
Svc().run()
log.error("top level")
def helper():
    log.warning("via helper", stacklevel=2)
def user():
    helper()
user()
adapter = logging.LoggerAdapter(log, {"k": 1})
adapter.info("adapted")
