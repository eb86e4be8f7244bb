try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught as BaseException:', type(e).__name__)
