with open(f) as f print(f)
