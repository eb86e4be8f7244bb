try:
    import does_not_exist_mod
except ImportError as e:
    print(type(e).__name__, e)
