words = ['banana', 'Apple', 'cherry', 'date', 'Elder']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
