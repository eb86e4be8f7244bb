# PYTHONPATH entries follow sys.path[0] (made absolute, an empty entry is the working
# directory); -E ignores the variable.
import os
import shutil
import subprocess
import sys
import tempfile

tmp = os.path.realpath(tempfile.mkdtemp())
try:
    lib = os.path.join(tmp, "lib")
    os.mkdir(lib)
    with open(os.path.join(lib, "pp_probe_mod.py"), "w") as f:
        f.write("VALUE = 42\n")
    code = ("import sys\n"
            "mine = [p for p in sys.path[1:] if p.startswith((sys.argv[1], '/nonexistent'))]\n"
            "print(sys.path[0] == '', mine)\n"
            "try:\n"
            "    import pp_probe_mod\n"
            "    print('imported', pp_probe_mod.VALUE)\n"
            "except ImportError as e:\n"
            "    print('ImportError', e)\n")
    for env_value, extra in ((lib, []), ("lib:/nonexistent/x/:", []), (lib, ["-E"])):
        env = dict(os.environ, PYTHONPATH=env_value)
        out = subprocess.run([sys.executable] + extra + ["-c", code, tmp], cwd=tmp, env=env,
                             capture_output=True, text=True)
        print(out.stdout.replace(tmp, "TMP").strip())
finally:
    shutil.rmtree(tmp)
