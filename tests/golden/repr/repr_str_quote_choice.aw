print(repr('plain'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr(''))
