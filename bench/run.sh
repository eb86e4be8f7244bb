#!/bin/bash
# bench/run.sh — time aw against CPython on the shared benchmark workloads.
#
#   bench/run.sh [--reps N] [--aw PATH] [--py PATH] [WORKLOAD...]
#
#   --reps N    runs per interpreter and workload (default 5); aw and CPython alternate.
#   --aw PATH   aw binary (default: ./aw of this repository).
#   --py PATH   reference interpreter (default /usr/bin/python3, Debian's CPython 3.11.2).
#   WORKLOAD    names of files in shared/bench/py without .py
#               (default: fib loop method dict strbuild sort nbody richards).
#
# The workloads live in shared/bench beside the repository ($(dirname "$0")/../../shared/bench,
# or $AW_BENCH_DIR). Each prints one checksum line that must equal its line in expected.txt
# (column 1 = workload name, a tab, then the expected stdout); a run that prints anything else is
# WRONG and its time does not count, a run that fails is ERROR. The table gives the median wall
# time (seconds) of each interpreter, the ratio aw / CPython, and the status of aw's runs. A
# `startup` row times `-c pass` (median of 20 runs each). When `idle` is among the workloads, a
# last line gives the memory per idle task of each interpreter: (peak RSS of idle - peak RSS of
# async_base) / 100,000, medians of the runs (needs GNU time, /usr/bin/time). Needs bash,
# coreutils and awk otherwise.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
bench=${AW_BENCH_DIR:-$(cd "$here/../../shared/bench" 2>/dev/null && pwd)}
reps=5
aw="$root/aw"
py=/usr/bin/python3
workloads=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --reps) reps=${2:?--reps needs a number}; shift 2 ;;
    --aw) aw=${2:?--aw needs a path}; shift 2 ;;
    --py) py=${2:?--py needs a path}; shift 2 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
    *) workloads+=("$1"); shift ;;
  esac
done
[[ ${#workloads[@]} -gt 0 ]] || workloads=(fib loop method dict strbuild sort nbody richards)
[[ "$aw" == */* && "$aw" != /* ]] && aw="$PWD/$aw"

if [[ -z "$bench" || ! -d "$bench/py" ]]; then
  echo "bench/run.sh: workloads not found (expected shared/bench beside the repo, or set AW_BENCH_DIR)" >&2
  exit 1
fi
if [[ ! -x "$aw" ]]; then
  echo "bench/run.sh: $aw is not an executable (run make first)" >&2
  exit 1
fi
if ! command -v "$py" > /dev/null; then
  echo "bench/run.sh: reference interpreter $py not found" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/awbench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }

# median: the median of the numbers on stdin, or "-" when there are none.
median() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# expected_line NAME: the expected stdout of a workload ("" if unknown). A name missing from
# expected.txt falls back to its part before the first "_" (http_get -> http).
expected_line() {
  local line
  line=$(awk -F'\t' -v n="$1" '$1 == n { sub(/^[^\t]*\t/, ""); print; exit }' "$bench/expected.txt")
  if [[ -z "$line" && "$1" == *_* ]]; then
    line=$(awk -F'\t' -v n="${1%%_*}" '$1 == n { sub(/^[^\t]*\t/, ""); print; exit }' "$bench/expected.txt")
  fi
  printf '%s' "$line"
}

# timed_run OUTFILE CMD...: runs CMD (stdout to OUTFILE, stderr to OUTFILE.err), prints
# "SECONDS STATUS".
timed_run() {
  local out=$1 start end status
  shift
  start=$(now)
  timeout 600 "$@" > "$out" 2> "$out.err" < /dev/null
  status=$?
  end=$(now)
  awk -v s="$start" -v e="$end" -v st="$status" 'BEGIN { printf "%.6f %d\n", e - s, st }'
}

ratio() {
  awk -v a="$1" -v p="$2" 'BEGIN { if (a == "-" || p == "-" || p + 0 == 0) print "-"; else printf "%.2f\n", a / p }'
}

printf '%-12s %10s %10s %8s  %s\n' workload "aw s" "cpython s" ratio status
printf '%-12s %10s %10s %8s  %s\n' ------------ ---------- ---------- -------- ------

# Startup: 20 alternating runs of `-c pass`.
: > "$tmp/startup.aw"
: > "$tmp/startup.py"
startup_status=OK
for ((i = 0; i < 20; i++)); do
  read -r secs status < <(timed_run "$tmp/out" "$aw" -c pass)
  if [[ $status -ne 0 ]]; then startup_status=ERROR; else echo "$secs" >> "$tmp/startup.aw"; fi
  read -r secs status < <(timed_run "$tmp/out" "$py" -c pass)
  [[ $status -eq 0 ]] && echo "$secs" >> "$tmp/startup.py"
done
a=$(median < "$tmp/startup.aw")
p=$(median < "$tmp/startup.py")
printf '%-12s %10s %10s %8s  %s\n' startup "$a" "$p" "$(ratio "$a" "$p")" "$startup_status"

for w in "${workloads[@]}"; do
  file="$bench/py/${w%.py}.py"
  name=$(basename "$file" .py)
  if [[ ! -f "$file" ]]; then
    printf '%-12s %10s %10s %8s  %s\n' "$name" - - - "ERROR (no $file)"
    continue
  fi
  expected=$(expected_line "$name")
  : > "$tmp/$name.aw"
  : > "$tmp/$name.py"
  aw_state=OK
  py_state=OK
  detail=""
  for ((i = 0; i < reps; i++)); do
    if [[ $aw_state == OK || $aw_state == WRONG ]]; then
      read -r secs status < <(timed_run "$tmp/out" "$aw" "$file")
      if [[ $status -ne 0 ]]; then
        aw_state=ERROR
        detail=$(tail -n 1 "$tmp/out.err" | cut -c1-80)
        [[ $status -eq 124 ]] && detail="timeout"
      elif [[ -n "$expected" && "$(cat "$tmp/out")" != "$expected" ]]; then
        aw_state=WRONG
        detail="got: $(head -n 1 "$tmp/out" | cut -c1-60)"
      else
        echo "$secs" >> "$tmp/$name.aw"
      fi
    fi
    read -r secs status < <(timed_run "$tmp/out" "$py" "$file")
    if [[ $status -ne 0 ]]; then
      py_state="cpython ERROR"
    elif [[ -n "$expected" && "$(cat "$tmp/out")" != "$expected" ]]; then
      py_state="cpython WRONG"
    else
      echo "$secs" >> "$tmp/$name.py"
    fi
  done
  a=$(median < "$tmp/$name.aw")
  p=$(median < "$tmp/$name.py")
  status=$aw_state
  [[ -z "$expected" ]] && status="$status (no expected line)"
  [[ $py_state != OK ]] && status="$status, $py_state"
  [[ -n "$detail" ]] && status="$status: $detail"
  printf '%-12s %10s %10s %8s  %s\n' "$name" "$a" "$p" "$(ratio "$a" "$p")" "$status"
done

# Memory per idle sleeping task: peak RSS (KiB, GNU time's %M) of idle minus async_base.
peak_kib() { /usr/bin/time -f %M "$@" 2>&1 > /dev/null < /dev/null | tail -n 1; }
per_task() {
  local bin=$1 i
  : > "$tmp/mem.idle"
  : > "$tmp/mem.base"
  for ((i = 0; i < reps; i++)); do
    peak_kib "$bin" "$bench/py/idle.py" >> "$tmp/mem.idle"
    peak_kib "$bin" "$bench/py/async_base.py" >> "$tmp/mem.base"
  done
  awk -v i="$(median < "$tmp/mem.idle")" -v b="$(median < "$tmp/mem.base")" \
    'BEGIN { printf "%.0f", (i - b) * 1024 / 100000 }'
}
for w in "${workloads[@]}"; do
  if [[ "$w" == idle && -x /usr/bin/time ]]; then
    printf 'idle memory per task (bytes): aw %s, cpython %s\n' "$(per_task "$aw")" "$(per_task "$py")"
  fi
done
