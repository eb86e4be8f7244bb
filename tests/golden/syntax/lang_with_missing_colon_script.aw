import io
with io.StringIO("data") as fh
    print(fh.read())
