#!/bin/bash
# run.sh TEST_PARSER — runs test_parser on every tests/unit/parser/*/*.py that has a .out
# (CPython 3.11's answer, made by make_expected.py; files under positions/ compare positions
# too, files under eval/ are parsed in eval mode) and reports `N passed, M failed`. Files under
# single/ are REPL cells (AW_PARSE_SINGLE) whose .out, written by hand, also shows whether the
# parser asks for more input (" [incomplete]").
tp=${1:?usage: run.sh TEST_PARSER}
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pass=0 fail=0
for src in "$dir"/*/*.py; do
    case "$src" in "$dir"/known_failures/*) continue ;; esac
    want=${src%.py}.out
    [ -f "$want" ] || continue
    flags=""
    case $src in */positions/*) flags=-a ;; */eval/*) flags=-e ;; */single/*) flags=-s ;; esac
    got=$("$tp" $flags "$src" 2>&1)
    # only REPL cells (single/, written by hand) say whether the input was incomplete
    case $src in */single/*) ;; *) got=$(echo "$got" | sed 's/ \[incomplete\]$//') ;; esac
    if [ "$got" == "$(cat "$want")" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL ${src#$dir/}"
        echo "  want: $(head -c 300 "$want")"
        echo "  got:  $(echo "$got" | head -c 300)"
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
