for ch in 'aé😀':
    print(ch, ord(ch), hex(ord(ch)))
print(chr(65), chr(233), chr(0x1F600), chr(97) + chr(98))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
