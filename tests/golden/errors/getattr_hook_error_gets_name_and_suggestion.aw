# An AttributeError raised by __getattr__ is given the attribute's name and the object, so
# except clauses can read e.name/e.obj and the traceback suggests a close name.
class Config:
    timeout = 30

    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")


cfg = Config()
try:
    cfg.retries
except AttributeError as e:
    print(e, "|", e.name, e.obj is cfg)
try:
    getattr(cfg, "colour")
except AttributeError as e:
    print(e.name)
err = AttributeError("preset", name="kept", obj=1)
try:
    raise err
except AttributeError as e:
    print(e.name, e.obj)
cfg.timout
