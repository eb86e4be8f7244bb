# A missing module attribute is reported with the module's __name__ as it is at that moment:
# renamed, deleted or not a string (then no name at all); deleting a missing one says
# "'module' object", with the "Did you mean" hint kept.
import json as m

for label, change in (("as imported", None), ("renamed", "renamed_json"), ("not a str", 5), ("deleted", ...)):
    if change is ...:
        del m.__name__
    elif change is not None:
        m.__name__ = change
    try:
        m.no_such_thing
    except AttributeError as e:
        print(label, "->", e)
m.__name__ = "json"
try:
    del m.nonexistent
except AttributeError as e:
    print(e)
import traceback
try:
    m.dump
    m.dumpz
except AttributeError as e:
    print("".join(traceback.format_exception_only(type(e), e)).strip())
