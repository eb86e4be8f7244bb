import re
from collections import Counter

TEXT = """Title: The Quick Brown Fox
Date: 2024-03-15
Tags: animals, speed;  nature

The quick brown fox jumps over the lazy dog. The dog, startled, barks!
Email the author at fox.writer@example.com or visit https://example.org/fox?id=42.
Prices: $3.50, $12, and $0.99 — café crème costs €4,50.
"""

header, body = TEXT.split('\n\n', 1)
meta = dict(re.findall(r'^(\w+):\s*(.*)$', header, re.M))
print(meta)
print(re.split(r'[,;]\s*', meta['Tags']))
year, month, day = map(int, re.fullmatch(r'(\d{4})-(\d\d)-(\d\d)', meta['Date']).groups())
print(year, month, day)

words = re.findall(r"[a-zà-ÿ']+", body.lower())
print(Counter(words).most_common(4))
print(re.findall(r'[\w.]+@[\w.]+\.\w+', body), re.findall(r'https?://\S+?(?=[.,]?\s)', body))
print([float(p) for p in re.findall(r'\$(\d+(?:\.\d+)?)', body)])

def render(template, **values):
    return re.sub(r'\{\{\s*(\w+)\s*\}\}', lambda m: str(values.get(m.group(1), m.group(0))), template)
print(render('Hello {{ name }}, you have {{count}} new {{ what }}.', name='Ana', count=3))

snake = lambda s: re.sub(r'(?<!^)(?=[A-Z])', '_', s).lower()
camel = lambda s: re.sub(r'_([a-z])', lambda m: m.group(1).upper(), s)
print(snake('parseHTTPResponseCode'), camel('parse_http_response_code'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip())
token_re = re.compile(r'\s*(?:(?P<num>\d+)|(?P<op>[-+*/()]))')
print([(m.lastgroup, m.group(m.lastgroup)) for m in token_re.finditer('12 + (3*45) - 6')])
