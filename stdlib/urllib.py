"""urllib: the package of urllib.parse, urllib.request, urllib.error and urllib.response.

urllib.parse is imported here so that `from urllib import parse` finds it (the other
submodules load on first use, as in CPython).
"""

import urllib.parse
