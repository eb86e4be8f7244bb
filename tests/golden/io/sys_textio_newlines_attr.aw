# TextIOWrapper.newlines over a Python stream: None when newline= turns universal mode off.
import io

for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"a\nb\rc\r\nd")), encoding="ascii", newline=nl)
    print(repr(nl), list(t), repr(t.newlines))
