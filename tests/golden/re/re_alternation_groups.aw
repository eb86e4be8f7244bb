import re

print(re.match(r'cat|dog', 'dogma'), re.findall(r'cat|dog|bird', 'cat bird dog'))
print(re.match(r'(a|b)+', 'abba').groups(), re.match(r'(a|b)*c', 'abc').group(1))
print(re.match(r'(?:x|y)(z)', 'yz').groups(), re.match(r'(a)|(b)|(c)', 'c').groups())
print(re.match(r'((a)|(b))+', 'ab').groups())
print(re.match(r'(x)?(?(1)a|b)', 'xa'), re.match(r'(x)?(?(1)a|b)', 'b'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"'), re.match(r'(?P<q>")?\w+(?(q)")', 'abc"'))
print(re.match(r'(?#comment)a(?#another)b', 'ab'))
print(re.compile(r'(a)(b)(?:c)(?P<d>d)').groups)
print(re.match(r'a(?=b)|ac', 'ac'))
