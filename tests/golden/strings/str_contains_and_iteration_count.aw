s = 'mississippi'
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, s.count('ss'), 'sip' in s, s.index('sip'), s.rfind('ss'))
