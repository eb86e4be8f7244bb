# A block header with nothing after it at the end of a script: CPython's file tokenizer
# reports the error at offset 0, so no caret is printed under the line.
for item in range(3):
