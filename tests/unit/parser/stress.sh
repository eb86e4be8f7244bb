#!/bin/bash
# stress.sh TEST_PARSER — hostile and huge inputs: the parser must answer (tree or SyntaxError)
# quickly, without crashing or exhausting the C stack. Prints `N passed, M failed`.
tp=${1:?usage: stress.sh TEST_PARSER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() {   # name, expected output (prefix), python code printing the source
    python3 -c "$3" > "$tmp/$1.py"
    local got
    got=$(timeout 60 "$tp" -q "$tmp/$1.py" 2>&1)
    if [[ $? -eq 0 && "$got" == "$2"* ]]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $1: want '$2...', got '$(echo "$got" | head -c 300)'"
    fi
}
check sum_100k ok "print('x = ' + '+'.join(['1'] * 100000))"
check list_1m ok "print('x = [' + ','.join(['1'] * 1000000) + ']')"
check attribute_chain_100k ok "print('x = a' + '.b' * 100000)"
check comparison_chain_100k ok "print('x = 1' + '<1' * 100000)"
check statements_100k ok "print('x = 1\n' * 100000)"
check string_10mb ok "print('x = \"' + 'a' * 10000000 + '\"')"
check parens_200 ok "print('x = ' + '(' * 200 + ')' * 200)"
check parens_201 "SyntaxError: too many nested parentheses" "print('x = ' + '(' * 201 + ')' * 201)"
check calls_200 ok "print('x = ' + 'f(' * 200 + ')' * 200)"
check unary_2000 ok "print('x = ' + '-' * 2000 + '1')"
check unary_100k "SyntaxError: expression too deeply nested" "print('x = ' + '-' * 100000 + '1')"
check not_100k "SyntaxError: expression too deeply nested" "print('x = ' + 'not ' * 100000 + 'x')"
check power_100k "SyntaxError: expression too deeply nested" "print('x = ' + '2**' * 100000 + '2')"
check lambda_100k "SyntaxError: expression too deeply nested" "print('x = ' + 'lambda: ' * 100000 + '2')"
check ternary_100k "SyntaxError: expression too deeply nested" "print('x = ' + '1 if 1 else ' * 100000 + '2')"
check elif_100k "SyntaxError: expression too deeply nested" "print('if x:\n pass\n' + 'elif x:\n pass\n' * 100000)"
check indent_99 ok "print(''.join(' ' * i + 'if x:\n' for i in range(99)) + ' ' * 99 + 'pass')"
check indent_101 "IndentationError: too many levels of indentation" "print(''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass')"
check fstring_nesting ok "print('x = f\'\'\'{f\"\"\"{f\'{f\"{x}\"}\'}\"\"\"}\'\'\'')"
check null_byte "SyntaxError: source code cannot contain null bytes" "import sys; sys.stdout.write('x = 1\0\n')"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
