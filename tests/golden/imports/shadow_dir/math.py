print("never imported: math is built into CPython")
