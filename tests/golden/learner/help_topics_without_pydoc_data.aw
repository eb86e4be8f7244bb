# aw does not ship pydoc_data (CPython's 740 KB of topic texts): help on a keyword or topic
# prints pydoc's message for a missing pydoc_data.topics; the keyword list still works. license
# has no LICENSE file to show, so its repr is CPython's fallback line.
help('if')
help('keywords')
help('TRUTHVALUE')
print(repr(license))
license()
