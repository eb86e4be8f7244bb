# traceback.format_exception keeps a message's lone surrogates as they are.
import traceback

try:
    raise ValueError("bad name: \udcff\udc80 here")
except ValueError as e:
    lines = traceback.format_exception(e)
    print(ascii(lines[-1]))
    print(ascii(traceback.format_exception_only(type(e), e)))
    print(ascii(traceback.format_exc().splitlines()[-1]))
