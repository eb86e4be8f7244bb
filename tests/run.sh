#!/bin/bash
# tests/run.sh — aw's golden test runner.
#
#   tests/run.sh [--aw PATH] [--jobs N] [--skip-list FILE] [DIR_OR_FILE...]
#
#   --aw PATH         interpreter to test (default: ./aw of the repository). Any program that runs
#                     `PROG file.aw` works, so `--aw /usr/bin/python3` checks the tests themselves.
#   --jobs N          tests run in parallel (default: nproc).
#   --skip-list FILE  skip the tests listed in FILE (one path per line, relative to FILE's folder;
#                     blank lines and lines starting with # ignored). Used by tests/check_golden.sh.
#   --xfail FILE      known failures, same format: such a test still runs, and a failure is counted
#                     as "expected failure" (listed, not counted as failed); one that passes is
#                     reported as XPASS so the list can be pruned. The Makefile passes tests/XFAIL.
#   DIR_OR_FILE       folders searched recursively for *.aw, or single .aw files
#                     (default: tests/golden tests/hostile).
#
# Layout (see tests/README.md):
#   Only files ending in .aw are tests; anything else (helper modules *_mod.py, data files) is not.
#   tests/golden/<area>/<name>.aw  a program; beside it:
#     <name>.out   exact expected stdout (required; a missing .out means empty stdout)
#     <name>.err   expected TAIL of stderr: the last K lines of stderr must equal the file's K lines
#     <name>.code  expected exit status (default 0, or 1 when a .err exists)
#     <name>.in    stdin (default /dev/null)
#     <name>.args  extra command-line arguments (one line, word-split)
#     <name>.env   environment settings for aw (one line, e.g. AW_VIRTUAL_CLOCK=1)
#   When tests under a folder named http/ are run, the runner first starts the loopback test
#   server (tests/http_server.py, on 127.0.0.1 and a free port) and passes its base URL to every
#   test in $AW_TEST_HTTP (e.g. http://127.0.0.1:40123), and that of its TLS side (self-signed
#   certificate) in $AW_TEST_HTTPS; it stops the server at the end.
#   tests/hostile/<name>.aw  a program that must fail cleanly. It passes iff the exit status is 1
#     (or the one in <name>.code), aw was not killed by a signal or the timeout, the last line of
#     stderr looks like a Python exception line (`SomeError: message`), and stderr holds no
#     sanitizer report. A .err / .out beside it is checked as for golden tests.
#   Every test runs with cwd = its own folder as `aw <name>.aw [args]`, under a timeout of 10 s
#   multiplied by $AW_TEST_TIMEOUT (default 1; e.g. AW_TEST_TIMEOUT=5 under ASan).
#   Under any folder, sanitizer text in stderr (AddressSanitizer, LeakSanitizer, UBSan's
#   "runtime error:") fails the test.
#
# Output: one `FAIL path` line per failing test followed by the reason or a short diff, then exactly
# one last line `N passed, M failed`. Exit status 0 iff M == 0. Needs only bash, coreutils and diff.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
aw=""
jobs=""
skip_list=""
xfail_list=""
targets=()

usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --aw) aw=${2:?--aw needs a path}; shift 2 ;;
    --aw=*) aw=${1#--aw=}; shift ;;
    --jobs|-j) jobs=${2:?--jobs needs a number}; shift 2 ;;
    --jobs=*) jobs=${1#--jobs=}; shift ;;
    --skip-list) skip_list=${2:?--skip-list needs a file}; shift 2 ;;
    --xfail) xfail_list=${2:?--xfail needs a file}; shift 2 ;;
    -h|--help) usage ;;
    --) shift; targets+=("$@"); break ;;
    -*) echo "run.sh: unknown option $1" >&2; usage ;;
    *) targets+=("$1"); shift ;;
  esac
done

# The interpreter, made absolute: tests run in their own folders.
[[ -n "$aw" ]] || aw="$root/aw"
if [[ "$aw" == */* ]]; then
  [[ "$aw" == /* ]] || aw="$PWD/$aw"
else
  aw=$(command -v "$aw") || { echo "run.sh: $aw not found in PATH" >&2; echo "0 passed, 1 failed"; exit 1; }
fi
if [[ ! -x "$aw" ]]; then
  echo "run.sh: interpreter $aw does not exist or is not executable (run make first)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

[[ -n "$jobs" ]] || jobs=$(nproc 2>/dev/null || echo 2)
[[ ${#targets[@]} -gt 0 ]] || targets=("$root/tests/golden" "$root/tests/hostile")

timeout_s=$(awk -v m="${AW_TEST_TIMEOUT:-1}" 'BEGIN { t = 10 * m; if (t <= 0) t = 10; print t }')

# Collect the tests, sorted, as absolute paths.
list=$(mktemp -d "${TMPDIR:-/tmp}/awtest.XXXXXX") || exit 1
trap 'rm -rf "$list"' EXIT
for target in "${targets[@]}"; do
  [[ "$target" == /* ]] || target="$PWD/$target"
  if [[ -d "$target" ]]; then
    find "$target" -type f -name '*.aw' -print
  elif [[ -f "$target" ]]; then
    echo "$target"
  else
    echo "run.sh: no such test or folder: $target" >&2
  fi
done | sed 's#/\./#/#g' | LC_ALL=C sort -u > "$list/all"

# Drop the skipped tests.
if [[ -n "$skip_list" ]]; then
  [[ "$skip_list" == /* ]] || skip_list="$PWD/$skip_list"
  skip_dir=$(dirname "$skip_list")
  if [[ -f "$skip_list" ]]; then
    sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' -e "s#^#$skip_dir/#" "$skip_list" |
      LC_ALL=C sort -u > "$list/skip"
    LC_ALL=C comm -23 "$list/all" "$list/skip" > "$list/run"
  else
    cp "$list/all" "$list/run"
  fi
else
  cp "$list/all" "$list/run"
fi

# Known failures, as absolute paths.
: > "$list/xfail"
if [[ -n "$xfail_list" && -f "$xfail_list" ]]; then
  [[ "$xfail_list" == /* ]] || xfail_list="$PWD/$xfail_list"
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' -e "s#^#$(dirname "$xfail_list")/#" "$xfail_list" |
    LC_ALL=C sort -u > "$list/xfail"
fi

total=$(wc -l < "$list/run")
mkdir -p "$list/res"

# The HTTP tests' server, started only when some of them run.
http_server_pid=""
if grep -q '/http/[^/]*$' "$list/run"; then
  python=/usr/bin/python3
  [[ -x $python ]] || python=python3
  "$python" "$root/tests/http_server.py" "$list/http_url" 2> "$list/http_server.log" &
  http_server_pid=$!
  trap 'kill "$http_server_pid" 2>/dev/null; rm -rf "$list"' EXIT
  for _ in $(seq 1 100); do [[ -s "$list/http_url" ]] && break; sleep 0.05; done
  if [[ -s "$list/http_url" ]]; then
    { read -r AW_TEST_HTTP; read -r AW_TEST_HTTPS; } < "$list/http_url"
    export AW_TEST_HTTP AW_TEST_HTTPS
  else
    echo "run.sh: the HTTP test server did not start:" >&2
    cat "$list/http_server.log" >&2
  fi
fi

# run_one INDEX PATH: runs one test, writes $res/INDEX.pass or $res/INDEX.fail (the report).
run_one() {
  local idx=$1 test=$2
  local dir=${test%/*} file=${test##*/}
  local name=${file%.aw}
  local stem="$dir/$name"
  local work="$RES/$idx"
  local shown=${test#"$ROOT"/}
  local -a args=()
  local input=/dev/null status expected_status hostile=0

  [[ "/$shown" == */hostile/* ]] && hostile=1
  [[ -f "$stem.args" ]] && read -r -a args < "$stem.args"
  [[ -f "$stem.in" ]] && input="$stem.in"

  # The outer braces swallow bash's own "Segmentation fault" notice when aw dies by a signal.
  cd "$dir" || { echo "FAIL $shown" > "$work.fail"; echo "  cannot cd to $dir" >> "$work.fail"; return; }
  local -a envs=()
  [[ -f "$stem.env" ]] && read -r -a envs < "$stem.env"
  { env "${envs[@]+"${envs[@]}"}" timeout -k 2 "$TIMEOUT" "$AW" "$file" "${args[@]+"${args[@]}"}" \
      < "$input" > "$work.stdout" 2> "$work.stderr"; } 2>/dev/null
  status=$?
  # Scripts are reported by absolute path (CPython 3.11 does the same): make stderr independent
  # of where the repository lives by removing the test's own folder from it.
  sed -i "s#$dir/##g" "$work.stderr"

  if [[ -f "$stem.code" ]]; then
    read -r expected_status < "$stem.code"
  elif [[ -f "$stem.err" || $hostile == 1 ]]; then
    expected_status=1
  else
    expected_status=0
  fi

  {
    if [[ $status == 124 ]]; then
      echo "  timeout after ${TIMEOUT}s"
    elif [[ $status -ge 128 && $status != "$expected_status" ]]; then
      echo "  killed by signal $((status - 128))$(signal_name $((status - 128)))"
    elif [[ $status != "$expected_status" ]]; then
      echo "  exit status $status, expected $expected_status"
    fi
    if [[ -s "$work.stderr" ]] && grep -q -e 'AddressSanitizer' -e 'LeakSanitizer' -e 'runtime error:' "$work.stderr"; then
      echo "  sanitizer report in stderr:"
      grep -m 3 -e 'AddressSanitizer' -e 'LeakSanitizer' -e 'runtime error:' "$work.stderr" | cut -c1-200 | sed 's/^/    /'
    fi
    if [[ -f "$stem.out" || $hostile == 0 ]]; then
      local expected_out="$stem.out"
      [[ -f "$expected_out" ]] || expected_out=/dev/null
      if ! cmp -s "$expected_out" "$work.stdout"; then
        echo "  stdout differs:"
        diff -u --label expected --label actual "$expected_out" "$work.stdout" | head -n 30 | cut -c1-300 | sed 's/^/    /'
      fi
    fi
    if [[ -f "$stem.err" ]]; then
      local lines
      lines=$(awk 'END { print NR }' "$stem.err")
      tail -n "$lines" "$work.stderr" > "$work.tail"
      if ! cmp -s "$stem.err" "$work.tail"; then
        echo "  stderr tail differs:"
        diff -u --label expected --label actual "$stem.err" "$work.tail" | head -n 20 | cut -c1-300 | sed 's/^/    /'
      fi
    elif [[ $hostile == 1 ]]; then
      local last
      last=$(tail -n 1 "$work.stderr")
      if ! [[ "$last" =~ ^[A-Za-z_][A-Za-z0-9_.]*(Error|Exception|Exit|Interrupt)?(:\ .*)?$ ]]; then
        echo "  last line of stderr is not an exception line: $(printf '%s' "$last" | cut -c1-200)"
      fi
    fi
  } > "$work.report"

  if [[ -s "$work.report" ]]; then
    # Show a little stderr when the reason is the status and nothing else says why.
    if ! grep -q -e 'stderr' -e 'sanitizer' "$work.report" && [[ -s "$work.stderr" ]]; then
      echo "  stderr (last lines):" >> "$work.report"
      tail -n 5 "$work.stderr" | cut -c1-200 | sed 's/^/    /' >> "$work.report"
    fi
    { echo "FAIL $shown"; cat "$work.report"; } > "$work.fail"
  else
    : > "$work.pass"
  fi
}

signal_name() {
  local sig
  sig=$(kill -l "$1" 2>/dev/null) && printf ' (SIG%s)' "$sig"
}

# run_batch "IDX PATH"...: the unit of work handed to each parallel worker.
run_batch() {
  local item
  for item in "$@"; do
    run_one "${item%% *}" "${item#* }"
  done
}

export -f run_one run_batch signal_name
export AW="$aw" RES="$list/res" ROOT="$root" TIMEOUT="$timeout_s"

if [[ $total -gt 0 ]]; then
  awk '{ print NR " " $0 }' "$list/run" |
    xargs -d '\n' -P "$jobs" -n 4 bash -c 'run_batch "$@"' _
fi

# A test that failed is run once more on its own: timing-sensitive asyncio tests can lose a
# race on a loaded machine (CPython would too). One that then passes counts, marked FLAKY.
for ((i = 1; i <= total; i++)); do
  if [[ -f "$list/res/$i.fail" ]]; then
    mv "$list/res/$i.fail" "$list/res/$i.first"
    run_one "$i" "$(sed -n "${i}p" "$list/run")"
    if [[ -f "$list/res/$i.pass" ]]; then
      echo "FLAKY $(sed -n "${i}p" "$list/run" | sed "s#^$root/##") (failed once, passed when rerun alone)"
    fi
  fi
done

passed=0
failed=0
xfailed=0
xpassed=0
for ((i = 1; i <= total; i++)); do
  path=$(sed -n "${i}p" "$list/run")
  is_xfail=0
  grep -qxF "$path" "$list/xfail" && is_xfail=1
  if [[ -f "$list/res/$i.pass" ]]; then
    passed=$((passed + 1))
    [[ $is_xfail == 1 ]] && { xpassed=$((xpassed + 1)); echo "XPASS ${path#"$root"/} (remove it from the xfail list)"; }
  elif [[ -f "$list/res/$i.fail" && $is_xfail == 1 ]]; then
    xfailed=$((xfailed + 1))
  elif [[ -f "$list/res/$i.fail" ]]; then
    failed=$((failed + 1))
    cat "$list/res/$i.fail"
  else
    failed=$((failed + 1))
    echo "FAIL $(sed -n "${i}p" "$list/run" | sed "s#^$root/##")"
    echo "  runner error: no result"
  fi
done

[[ $xfailed -gt 0 ]] && echo "$xfailed expected failures (known gaps listed in the xfail file, not counted)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
