# os.environ is CPython's mapping over the bytes environment, os.environb its bytes view
# (surrogateescape between them), changes reach child processes; os.popen runs a shell command.
import collections.abc
import os
import subprocess

print(type(os.environ).__name__, isinstance(os.environ, dict),
      isinstance(os.environ, collections.abc.MutableMapping), isinstance(os.environb, collections.abc.Mapping))
os.environ["AW_T_ONE"] = "caf\u00e9"
print(os.environb[b"AW_T_ONE"], os.getenv("AW_T_ONE"), os.getenvb(b"AW_T_ONE"))
os.environb[b"AW_T_TWO"] = b"raw\xffbyte"
print(ascii(os.environ["AW_T_TWO"]), "AW_T_TWO" in os.environ, b"AW_T_TWO" in os.environb)
out = subprocess.run(["sh", "-c", 'printf "%s|%s" "$AW_T_ONE" "$AW_T_TWO"'], capture_output=True).stdout
print(out)
print(os.environ.pop("AW_T_TWO") == "raw\udcffbyte", os.environ.pop("AW_T_TWO", "gone"))
os.environ.update({"AW_T_THREE": "3"}, AW_T_FOUR="4")
os.environ |= {"AW_T_FIVE": "5"}
merged = os.environ | {"AW_T_SIX": "6"}
print(type(merged).__name__, merged["AW_T_SIX"], "AW_T_SIX" in os.environ, os.environ.setdefault("AW_T_THREE", "x"))
print(sorted(k for k in os.environ if k.startswith("AW_T_")), sorted(k for k in os.environb if k.startswith(b"AW_T_")))
print(os.popen("echo $AW_T_FOUR$AW_T_FIVE").read())
for key in ("AW_T_ONE", "AW_T_THREE", "AW_T_FOUR", "AW_T_FIVE"):
    del os.environ[key]
print(sorted(k for k in os.environ.keys() if k.startswith("AW_T_")), os.environ.copy().__class__.__name__)
for bad in (lambda: os.environ.__setitem__("K", 1), lambda: os.environb.__setitem__("K", b"v"),
            lambda: os.environ.__getitem__("AW_T_NONE"), lambda: os.environ.__setitem__("A=B", "v")):
    try:
        bad()
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(os.environ).startswith("environ({"), os.environ == dict(os.environ))

with os.popen("echo one; echo two") as p:
    print(list(p))
print(os.popen("exit 3").close(), os.popen("true").close())
w = os.popen("cat > /dev/null", "w")
print(w.write("x\n"), w.close())
for args in ((5,), ("true", "rb"), ("true", "r", 0)):
    try:
        os.popen(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
