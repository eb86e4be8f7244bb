# an except clause's tuple must hold only exception classes, checked before matching


def attempt(raiser, handler_types):
    try:
        try:
            raiser()
        except handler_types:
            print("  caught", handler_types)
    except TypeError as e:
        print("  TypeError:", e)
    except Exception as e:
        print("  escaped:", type(e).__name__)


def bad_name():
    return undefined_name


def bad_key():
    return {}["k"]


for types in [(NameError, 1), (1, NameError), (KeyError, (NameError,)), (LookupError, str), (), (ValueError,),
              (NameError, KeyError), int, Exception]:
    print(types)
    attempt(bad_name, types)
    attempt(bad_key, types)
