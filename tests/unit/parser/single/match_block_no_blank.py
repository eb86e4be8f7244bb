match command:
    case [x]:
        print(x)
