# getopt, sched, stat, colorsys and token: small CPython modules
import colorsys
import getopt
import sched
import stat
import time
import token

print(getopt.getopt(["-a", "-b", "x", "--long=3", "rest"], "ab:", ["long="]))
print(getopt.gnu_getopt(["x", "-a", "--long", "4"], "a", ["long="]))
try:
    getopt.getopt(["-z"], "a")
except getopt.GetoptError as e:
    print(e, e.opt)
s = sched.scheduler(time.monotonic, time.sleep)
out = []
now = time.monotonic()
s.enterabs(now + 0.02, 1, out.append, ("b",))
s.enterabs(now + 0.01, 1, out.append, ("a",))
s.enterabs(now + 0.01, 0, out.append, ("first",))
e = s.enterabs(now + 0.01, 0, out.append, ("cancelled",))
s.cancel(e)
s.run()
print(out, s.empty())
print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.filemode(0o100644), stat.filemode(0o40755), stat.S_IMODE(0o100755), stat.ST_SIZE)
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.3, 0.2), colorsys.rgb_to_hls(1, 0, 0))
print(token.NAME, token.tok_name[token.OP], token.ISEOF(token.ENDMARKER), token.EXACT_TOKEN_TYPES["+"] == token.PLUS)
