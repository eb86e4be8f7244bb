"""urllib: the package of urllib.parse (aw has no urllib.request, urllib.error, ...).

The submodule is imported here so that `from urllib import parse` finds it.
"""

import urllib.parse
