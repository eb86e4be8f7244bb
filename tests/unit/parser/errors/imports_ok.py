import a.b.c as d, e
from . import x
from ..a import (b, c as d,)
from ... import y
from .... import z
from a import *
