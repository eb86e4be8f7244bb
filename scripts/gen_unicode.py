#!/usr/bin/python3
"""Generates the data tables of interp/unicode.c from CPython's own str methods
(CPython 3.11, Unicode 14.0), so aw's character classes match CPython's exactly."""
import unicodedata as ud

N = 0x110000
CH = [chr(c) for c in range(N)]

def ranges(pred):
    out, start = [], None
    for c in range(N):
        if pred(c):
            if start is None: start = c
        elif start is not None:
            out.append((start, c - 1)); start = None
    if start is not None: out.append((start, N - 1))
    return out

def strided(pred):
    cs = [c for c in range(N) if pred(c)]
    out, i = [], 0
    while i < len(cs):
        j, stride = i, 1
        if i + 1 < len(cs) and cs[i+1] - cs[i] in (1, 2):
            stride = cs[i+1] - cs[i]
            while j + 1 < len(cs) and cs[j+1] - cs[j] == stride: j += 1
        out.append((cs[i], cs[j], stride)); i = j + 1
    return out

def emit_strided(name, rs, per=5):
    lines = [f"static const AwURangeStride {name}[] = {{"]
    for i in range(0, len(rs), per):
        lines.append("    " + " ".join(f"{{0x{a:x}, 0x{b:x}, {s}}}," for a, b, s in rs[i:i+per]))
    lines.append("};")
    return "\n".join(lines)

def emit_ranges(name, rs, per=6):
    lines = [f"static const AwURange {name}[] = {{"]
    for i in range(0, len(rs), per):
        lines.append("    " + " ".join(f"{{0x{a:x}, 0x{b:x}}}," for a, b in rs[i:i+per]))
    lines.append("};")
    return "\n".join(lines)

def delta_runs(mapping):
    """mapping: sorted list of (cp, target). Runs with equal delta and stride 1 or 2."""
    out, i = [], 0
    while i < len(mapping):
        cp, t = mapping[i]; delta = t - cp; j = i; stride = 1
        if i + 1 < len(mapping):
            ncp, nt = mapping[i + 1]
            if nt - ncp == delta and ncp - cp in (1, 2):
                stride = ncp - cp
                while (j + 1 < len(mapping) and mapping[j+1][0] - mapping[j][0] == stride
                       and mapping[j+1][1] - mapping[j+1][0] == delta):
                    j += 1
        out.append((cp, mapping[j][0], delta, stride)); i = j + 1
    return out

def emit_runs(name, runs, per=4):
    lines = [f"static const AwCaseRun {name}[] = {{"]
    for i in range(0, len(runs), per):
        lines.append("    " + " ".join(f"{{0x{a:x}, 0x{b:x}, {d}, {s}}}," for a, b, d, s in runs[i:i+per]))
    lines.append("};")
    return "\n".join(lines)

def emit_specials(name, items, per=3):
    lines = [f"static const AwCaseSpecial {name}[] = {{"]
    for i in range(0, len(items), per):
        parts = []
        for cp, s in items[i:i+per]:
            cps = ", ".join(f"0x{ord(x):x}" for x in s)
            parts.append(f"{{0x{cp:x}, {len(s)}, {{{cps}}}}},")
        lines.append("    " + " ".join(parts))
    lines.append("};")
    return "\n".join(lines)

def simple(method, base=None):
    m = []
    for c in range(N):
        r = getattr(CH[c], method)()
        if len(r) == 1 and ord(r) != c:
            if base is not None and base(c) == ord(r): continue
            m.append((c, ord(r)))
    return m

def special(method):
    return [(c, getattr(CH[c], method)()) for c in range(N) if len(getattr(CH[c], method)()) > 1]

out = []
out.append(emit_ranges("alpha_ranges", ranges(lambda c: CH[c].isalpha())))
zeros = [c for c in range(N) if CH[c].isdecimal() and ud.decimal(CH[c]) == 0]
lines = ["static const uint32_t decimal_zeros[] = {"]
for i in range(0, len(zeros), 8):
    lines.append("    " + " ".join(f"0x{z:x}," for z in zeros[i:i+8]))
lines.append("};")
out.append("\n".join(lines))
out.append(emit_ranges("digit_ranges", ranges(lambda c: CH[c].isdigit())))
out.append(emit_ranges("numeric_ranges", ranges(lambda c: CH[c].isnumeric())))
out.append(emit_ranges("space_ranges", ranges(lambda c: CH[c].isspace())))
out.append(emit_strided("upper_ranges", strided(lambda c: CH[c].isupper())))
out.append(emit_strided("lower_ranges", strided(lambda c: CH[c].islower())))
out.append(emit_ranges("title_ranges", ranges(lambda c: ud.category(CH[c]) == 'Lt')))
out.append(emit_ranges("printable_ranges", ranges(lambda c: CH[c].isprintable())))
out.append(emit_ranges("id_start_ranges", ranges(lambda c: CH[c].isidentifier())))
out.append(emit_ranges("id_continue_ranges", ranges(lambda c: ('a' + CH[c]).isidentifier())))
def cased(c):
    return CH[c].isupper() or CH[c].islower() or ud.category(CH[c]) == 'Lt'
def ignorable(c):
    if cased(c): return ('A\u03a3' + CH[c]).lower()[1] == '\u03c2'
    return ('A' + CH[c] + '\u03a3').lower()[-1] == '\u03c2'
out.append(emit_ranges("case_ignorable_ranges", ranges(ignorable)))
upper = simple('upper'); lower = simple('lower')
up_map = dict(upper); lo_map = dict(lower)
out.append(emit_runs("upper_runs", delta_runs(upper)))
out.append(emit_runs("lower_runs", delta_runs(lower)))
# title differs from upper only for a few: store those (delta from cp)
title = [(c, ord(CH[c].title())) for c in range(N)
         if len(CH[c].title()) == 1 and ord(CH[c].title()) != up_map.get(c, c)]
out.append(emit_runs("title_runs", delta_runs(title)))
fold = [(c, ord(CH[c].casefold())) for c in range(N)
        if len(CH[c].casefold()) == 1 and len(CH[c].lower()) == 1 and CH[c].casefold() != CH[c].lower()]
out.append(emit_runs("fold_runs", delta_runs(fold)))
out.append(emit_specials("upper_specials", special('upper')))
out.append(emit_specials("lower_specials", special('lower')))
out.append(emit_specials("title_specials", special('title')))
fs = [(c, CH[c].casefold()) for c in range(N) if len(CH[c].casefold()) > 1 or
      (len(CH[c].lower()) > 1 and CH[c].casefold() != CH[c].lower())]
out.append(emit_specials("fold_specials", fs))
print("\n\n".join(out))
