# help() with no argument: the interactive help utility reads topics from stdin until "quit".
help()
print('back')
