w, p = 10, 3
v = 2.718281828
print(f'[{v:{w}.{p}f}] [{"x":{w}}] [{v:>{w}}]')
align = '^'
print(f'[{"mid":{align}9}]')
