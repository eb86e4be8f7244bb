# OptionParser: options, types, defaults, help text and errors
import optparse

p = optparse.OptionParser(usage="%prog [options] FILE", prog="tool", version="%prog 1.0")
p.add_option("-v", "--verbose", action="store_true", dest="verbose", help="talk more")
p.add_option("-n", "--count", type="int", default=3, help="count [default: %default]")
p.add_option("-o", dest="output", metavar="PATH", help="write to PATH")
p.add_option("--mode", choices=["a", "b"], default="a")
g = optparse.OptionGroup(p, "Advanced")
g.add_option("--level", type="float", default=1.5)
p.add_option_group(g)
opts, args = p.parse_args(["-v", "-n", "5", "--mode=b", "file", "--level", "2"])
print(opts.verbose, opts.count, opts.output, opts.mode, opts.level, args)
print(p.format_help())
print(p.get_usage(), p.get_version())
try:
    p.parse_args(["-n", "x"])
except SystemExit as e:
    print("exit", e.code)
