# ConfigParser: sections, interpolation, typed getters, write, errors
import configparser
import io

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
base = /x
[server]
port = 8080
path = %(base)s/y
flag = yes
ratio = 0.5
; comment
[empty]
""")
print(cp.sections(), cp.has_section("server"), cp.has_option("server", "base"))
print(cp["server"]["path"], cp.getint("server", "port"), cp.getboolean("server", "flag"), cp.getfloat("server", "ratio"))
print(dict(cp["server"]), cp.get("server", "path", raw=True), cp.get("server", "missing", fallback="fb"))
cp["new"] = {"a": "1", "b": "two"}
cp.set("empty", "k", "v")
cp.remove_option("server", "ratio")
buf = io.StringIO()
cp.write(buf)
print(buf.getvalue())
for f in [lambda: cp.get("nope", "x"), lambda: cp.get("server", "nope"), lambda: cp.add_section("server"),
          lambda: cp.getint("server", "path"), lambda: cp.read_string("[a]\nx=1\n[a]\n")]:
    try:
        f()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
raw = configparser.RawConfigParser()
raw.read_dict({"s": {"v": "%(nothing)s"}})
print(raw.get("s", "v"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\n[b]\ny = ${a:x}2\n")
print(ext["b"]["y"])
