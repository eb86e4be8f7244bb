# runpy.run_module / run_path, and the -m switch (run through sys.executable).
import os
import runpy
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "greet.py"), "w") as f:
        f.write("import sys\n"
                "print('name', __name__, 'args', sys.argv[1:], 'file ok', __file__ == sys.argv[0])\n"
                "print('path0 ok', sys.path[0] == __import__('os').getcwd())\n"
                "VALUE = 42\n")
    os.mkdir(os.path.join(d, "pkg"))
    open(os.path.join(d, "pkg", "__init__.py"), "w").close()
    with open(os.path.join(d, "pkg", "__main__.py"), "w") as f:
        f.write("print('package main', __name__, __package__)\n")
    with open(os.path.join(d, "boom.py"), "w") as f:
        f.write("def f():\n    raise ValueError('bad')\nf()\n")
    os.mkdir(os.path.join(d, "app"))
    with open(os.path.join(d, "app", "__main__.py"), "w") as f:
        f.write("print('dir main', __name__)\n")

    def run(*args, stdin=None):
        r = subprocess.run([sys.executable, *args], cwd=d, capture_output=True, text=True, input=stdin)
        err = [line.replace(sys.executable, "EXE") for line in r.stderr.strip().splitlines()]
        print(r.returncode, r.stdout.strip().splitlines(), err[-1:] if err else [])
        return r

    run("-m", "greet", "a", "b")
    run("-m", "pkg")
    run("-m", "nonexistent_mod_xyz")
    r = run("-m", "boom")
    print("Traceback" in r.stderr, "boom.py" in r.stderr)
    run("-m", "json.tool", "--sort-keys", stdin='{"b": 1, "a": [1, 2]}')
    run("-m", "json.tool", stdin="{bad")
    r = subprocess.run([sys.executable, "-m"], capture_output=True, text=True)
    print(r.returncode, r.stderr.splitlines()[0])

    sys.path.insert(0, d)
    g = runpy.run_module("greet", run_name="not_main")
    print(g["__name__"], g["VALUE"], "greet" in sys.modules)
    g = runpy.run_path(os.path.join(d, "greet.py"), init_globals={"EXTRA": 1})
    print(g["__name__"], g["VALUE"], g["EXTRA"])
    g = runpy.run_path(os.path.join(d, "app"))
    print(sorted(k for k in g if not k.startswith("__")))
    try:
        runpy.run_module("nonexistent_mod_xyz")
    except ImportError as e:
        print("ImportError", e)
    sys.path.remove(d)
