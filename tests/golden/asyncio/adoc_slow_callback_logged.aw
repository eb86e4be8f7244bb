# Debug mode's slow-callback warning goes to the "asyncio" logger at WARNING level.
import asyncio
import logging
import re
import time


class H(logging.Handler):
    def emit(self, record):
        msg = re.sub(r'\d+\.\d+ seconds', 'N seconds', record.getMessage())
        msg = re.sub(r' at [^ >]+:\d+', ' at FILE', msg)
        print(record.levelname, record.name, msg)


logging.getLogger('asyncio').addHandler(H())


def slow(n):
    time.sleep(0.12)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(slow, 1)
    await asyncio.sleep(0.01)
    loop.slow_callback_duration = 10
    loop.call_soon(slow, 2)
    await asyncio.sleep(0.01)

asyncio.run(main(), debug=True)
