print(chr(97), ord('a'), hex(255), hex(-255), oct(8), bin(10), bin(-10), hex(0), hex(2**70), oct(0))
