print(format(3.14159, '.2f'), format(42, 'b'), format(42, '>5'), format('s', '^3'), format(1e6, ','), repr(format(5)), format(0.5, '%'))
