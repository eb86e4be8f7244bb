print('exit with message')
raise SystemExit('goodbye message')
