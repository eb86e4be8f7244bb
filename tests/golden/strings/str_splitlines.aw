s = 'one\ntwo\r\nthree\rfour\n\nlast'
print(s.splitlines(), s.splitlines(True), ''.splitlines(), 'x\n'.splitlines())
