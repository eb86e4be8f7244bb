import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
n = 10 ** 100000
print(len(str(n)), int('9' * 5000) % 1000)
