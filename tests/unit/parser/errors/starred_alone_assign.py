# compiler error
*a = 1
