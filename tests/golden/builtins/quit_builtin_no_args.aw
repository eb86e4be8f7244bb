print('quitting')
quit()
