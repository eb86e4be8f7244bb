import re

phone = re.compile(r"""
    \(? (\d{3}) \)?   # area code
    [\s.-]?           # separator
    (\d{3}) [\s.-]? (\d{4})  # number  # more
""", re.VERBOSE)
print(phone.findall('call (555) 123-4567 or 555.765.4321'))
print(re.match(r'(?x) a \# b [ ]c', 'a#b c'), re.match(r'(?x)a{1, 2}', 'a{1,2}'))
print(re.findall(r'a(?i:B)c', 'abc aBc ABC aBC'), re.findall(r'(?i)a(?-i:B)c', 'abc aBc ABC aBC'))
print(re.findall(r'(?s:a.)b|.', 'a\nb\n'), re.findall(r'(?m:^x)|y', 'y\nx'))
print(re.findall(r'(?a:\w+)', 'héllo wörld'), re.findall(r'(?u:\w+)', 'héllo wörld', re.A))
print(re.findall(r'(?a:\b)x', 'éx x'), re.findall(r'(?a)\d', '٣3'))
