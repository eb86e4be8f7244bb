# cmd.Cmd driven from a list of lines, and ipaddress networks and addresses
import cmd
import io
import ipaddress


class Shell(cmd.Cmd):
    prompt = "> "

    def do_greet(self, arg):
        """Greet someone."""
        print("hello", arg or "world")

    def do_quit(self, arg):
        """Quit."""
        return True

    def default(self, line):
        print("unknown:", line)


out = io.StringIO()
sh = Shell(stdin=io.StringIO("greet Ann\ngreet\nfoo bar\nhelp greet\nquit\n"), stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print(out.getvalue())
print(sh.onecmd("greet Bob"), sh.parseline("greet  x y"), sh.completenames("gr"))
net = ipaddress.ip_network("192.168.1.0/28")
print(net, net.netmask, net.broadcast_address, net.num_addresses, list(net.hosts())[:3])
a = ipaddress.ip_address("192.168.1.5")
print(a in net, a.is_private, int(a), a + 1, repr(a), ipaddress.ip_address("::1").is_loopback)
print(list(ipaddress.ip_network("10.0.0.0/30").subnets(new_prefix=31)), ipaddress.ip_interface("10.1.2.3/24").network)
print(ipaddress.IPv6Address("2001:db8::1").exploded, ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")]).__next__())
for bad in ["300.1.1.1", "1.2.3", "10.0.0.1/33"]:
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print("ValueError:", e)
import __future__
print(__future__.annotations, __future__.all_feature_names[:3])
