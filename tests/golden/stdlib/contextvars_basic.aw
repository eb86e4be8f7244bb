# contextvars: ContextVar get/set/reset with tokens, copy_context, Context.run isolation, errors.
import contextvars
from contextvars import ContextVar, copy_context, Context, Token
user = ContextVar("user", default="anonymous")
req = ContextVar("req")
print(user.get(), user.name, req.get("none"), ContextVar, Token.MISSING)
try: req.get()
except LookupError as e: print("LookupError", type(e.args[0]).__name__)
t = user.set("alice")
print(user.get(), t.var is user, t.old_value is Token.MISSING)
ctx = copy_context()
user.set("bob")
print(user.get(), ctx[user], user in ctx, req in ctx, len(ctx), list(ctx.keys()) == [user])
def inside(x):
    user.set(x)
    return user.get()
print(ctx.run(inside, "carol"), user.get(), ctx[user])
user.reset(t)
print(user.get())
try: user.reset(t)
except RuntimeError as e: print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='user' default='anonymous' at "))
t2 = req.set(1)
try: user.reset(t2)
except ValueError as e: print("ValueError", "different ContextVar" in str(e))
try: ctx.run(ctx.run, print)
except RuntimeError as e: print("RuntimeError", "already entered" in str(e))
try: ContextVar(1)
except TypeError as e: print(e)
try: ctx[1]
except TypeError as e: print(e)
try: ctx[req]
except KeyError as e: print("KeyError")
print(Context().get(user, 5), repr(user).startswith("<ContextVar name='user' default='anonymous' at 0x"), repr(req).startswith("<ContextVar name='req' at 0x"))
