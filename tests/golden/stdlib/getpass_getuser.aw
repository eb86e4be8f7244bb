# getpass.getuser from the environment, then from the password database
import getpass
import os

for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
os.environ["USER"] = "from_user"
print(getpass.getuser())
os.environ["LOGNAME"] = "from_logname"
print(getpass.getuser())
for name in ("LOGNAME", "USER"):
    del os.environ[name]
print(getpass.getuser() == {0: "root"}.get(os.getuid(), getpass.getuser()))
print(issubclass(getpass.GetPassWarning, UserWarning), callable(getpass.getpass))
