open('missing_file_for_uncaught_test.txt')
