import cmd, io, sys

class Shell(cmd.Cmd):
    intro = 'Welcome.'
    prompt = '(demo) '
    def do_greet(self, arg):
        'Greet someone: greet NAME'
        print('hello', arg or 'world')
    def do_add(self, arg):
        print(sum(map(int, arg.split())))
    def help_add(self):
        print('add numbers')
    def complete_greet(self, text, line, b, e):
        return [n for n in ('alice', 'bob') if n.startswith(text)]
    def do_quit(self, arg):
        'Quit.'
        print('bye')
        return True
    def default(self, line):
        print('what?', line)
    def emptyline(self):
        print('(empty)')
    def precmd(self, line):
        return line.strip()

sh = Shell(stdin=io.StringIO('greet bob\ngreet\nadd 1 2 3\nfrobnicate x\n\nhelp\nhelp greet\nhelp add\nhelp nope\n? quit\n!shell\nquit\nnever\n'), stdout=sys.stdout)
sh.use_rawinput = False
sh.cmdloop()
print()
print(sh.completenames('gr'), sh.complete_greet('a', 'greet a', 6, 7), sh.lastcmd)
print(sh.parseline('greet  bob '), sh.parseline('?x'), sh.parseline(''), sh.parseline('!ls'))
print(sh.onecmd('greet zed'), sh.onecmd('quit'))
c = cmd.Cmd(stdout=sys.stdout)
c.columnize(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'], displaywidth=30)
