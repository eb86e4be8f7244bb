try:
    open('no_such_dir/no_such_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e)
except OSError as e:
    print('OSError', e)
