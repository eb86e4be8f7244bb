# The loop's default exception handler logs through logging.getLogger("asyncio").error(...,
# exc_info=...) as CPython's does: a program's logging configuration formats asyncio's reports.
import asyncio
import logging
import sys

records = []


class Brief(logging.Formatter):
    """The message without file paths, and the exception's last traceback line."""
    def format(self, record):
        text = super().format(record).replace(__file__, "FILE")
        lines = text.splitlines()
        if record.exc_info and "Traceback (most recent call last):" in lines:
            lines = lines[:lines.index("Traceback (most recent call last):")] + ["  ... " + lines[-1]]
        return "\n".join(lines)


out = logging.StreamHandler(sys.stdout)
out.setFormatter(Brief("%(levelname)s|%(name)s|%(message)s"))
logging.basicConfig(level=logging.INFO, handlers=[out])


class Keep(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        first = record.getMessage().splitlines()[0].replace(__file__, "FILE")
        records.append((record.levelname, first, type(exc).__name__))


logging.getLogger("asyncio").addHandler(Keep())


async def boom():
    raise ValueError("lost")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: 1 / 0)
    loop.call_exception_handler({"message": "custom report", "extra": 42, "another": "x"})
    loop.default_exception_handler({"message": "direct", "exception": KeyError("k")})
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
for r in records:
    print(r)

logging.getLogger("asyncio").setLevel(logging.CRITICAL)
asyncio.run(main())
print(len(records), "records after raising the level")
