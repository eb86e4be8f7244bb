# contextvars: Context() takes no arguments, ContextVar's argument checks, and the classes
# cannot be subclassed
import contextvars

for f in (lambda: contextvars.Context(1), lambda: contextvars.Context(a=1),
          lambda: contextvars.ContextVar(), lambda: contextvars.ContextVar('a', 1),
          lambda: contextvars.ContextVar(1), lambda: contextvars.ContextVar('a', defualt=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(len(contextvars.Context(**{})), contextvars.ContextVar('v', default=3).get())
for base in (contextvars.ContextVar, contextvars.Context, contextvars.Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
var = contextvars.ContextVar('v')
tok = var.set(1)
print(var.name, tok.var is var, tok.old_value is contextvars.Token.MISSING)
for obj, attr in ((tok, 'var'), (tok, 'old_value'), (var, 'name')):
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        delattr(obj, attr)
    except AttributeError as e:
        print("AttributeError:", e)
