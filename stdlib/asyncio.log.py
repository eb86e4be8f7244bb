"""asyncio.log: CPython's logging configuration module (the "asyncio" logger)."""

import logging


# Name the logger after the package.
logger = logging.getLogger('asyncio')
