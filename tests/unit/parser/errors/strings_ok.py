x = ["a", 'b', """c""", r"\d", b"e\x00", rb"f", Br"g", u"h", f"{x!r:>{w}} {y=} {z = :5}", "\N{EM DASH}\u00e9\U0001F600\x41\101\0", "\q", "a" "b" f"{c}" "d"]
