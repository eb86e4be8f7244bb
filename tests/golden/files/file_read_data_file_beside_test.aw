with open('data_for_files_test.txt') as f:
    words = f.read().split()
print(len(words), words[:3], sorted(set(words))[:3])
