# time.get_clock_info, thread_time, and time-tuple and format limits (year range, NUL in the
# format); strptime format errors are raised without exception context.
import time
for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, 0 < info.resolution <= 0.001, sorted(vars(info)))
for bad in ("nope", 3):
    try: time.get_clock_info(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(type(time.thread_time()), type(time.thread_time_ns()), time.thread_time() >= 0)
for fmt in ("%S\0", "a\0b"):
    try: time.strftime(fmt)
    except ValueError as e: print("ValueError", e)
for y in (-2**31 + 1900, -2**31 + 1899, 2**31 - 1, 2**31):
    for fn in (time.asctime, lambda t: time.strftime("%Y", t), time.mktime):
        try: print(y, fn((y, 6, 1) + (0,) * 6)[-12:] if fn is not time.mktime else "mktime ok")
        except (OverflowError, ValueError) as e: print(y, type(e).__name__, e)
for s, f in (("", "%D"), ("19", "%Y %"), ("x", "%Q")):
    try: time.strptime(s, f)
    except ValueError as e: print(repr(e), e.__suppress_context__)
