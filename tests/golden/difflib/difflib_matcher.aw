# SequenceMatcher ratios, opcodes, blocks and get_close_matches
import difflib

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.quick_ratio(), sm.real_quick_ratio())
print(sm.get_opcodes())
print(sm.get_matching_blocks())
print(sm.find_longest_match(0, 10, 0, 10))
print(difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a  b c").get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "hello"], n=2, cutoff=0.5))
print(list(difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).get_grouped_opcodes(1)))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
