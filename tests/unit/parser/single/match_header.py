match command:
