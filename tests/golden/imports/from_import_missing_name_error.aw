try:
    from helper_mod import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
