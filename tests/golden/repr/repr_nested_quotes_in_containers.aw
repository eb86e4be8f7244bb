print(["it's", 'say "x"', 'a\nb', '\\'])
