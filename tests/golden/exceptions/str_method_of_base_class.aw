# A base class's __str__ called on a subclass instance gives the base form: BaseException's
# __str__ is the plain args form, while KeyError, OSError, SyntaxError, ImportError and the
# exception groups have their own __str__ that their subclasses inherit.
missing = KeyError("colour")
print(str(missing))
print(LookupError.__str__(missing))
print(BaseException.__str__(missing))
print(KeyError.__str__(missing))

gone = FileNotFoundError(2, "No such file or directory", "notes.txt")
print(str(gone))
print(Exception.__str__(gone))
print(OSError.__str__(gone))

bad = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1"))
print(str(bad))
print(Exception.__str__(bad))

failed = ImportError("cannot import thing", name="thing")
print(Exception.__str__(failed), "|", ImportError.__str__(failed))

group = ExceptionGroup("several", [ValueError(1), TypeError(2)])
print(str(group))
print(Exception.__str__(group))


class MissingSetting(KeyError):
    pass


class LoudKey(KeyError):
    def __str__(self):
        return "loud " + super().__str__()


print(str(MissingSetting("depth")), LookupError.__str__(MissingSetting("depth")))
print(str(LoudKey("depth")))
