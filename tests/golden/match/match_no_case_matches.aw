# When no case matches, nothing runs and the statement just ends.
for value in [1, "a", None]:
    match value:
        case 2:
            print("two")
        case [x]:
            print("one item", x)
    print("after", value)
match 5:
    case 6:
        print("six")
print("done")
