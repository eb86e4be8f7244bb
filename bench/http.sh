#!/bin/bash
# bench/http.sh — the HTTP workload (shared/bench/py/http_get.py: 5,000 GETs of a 1 KB JSON body,
# 100 tasks, keep-alive) with aw and, when aiohttp is installed, CPython.
#
#   bench/http.sh [--reps N] [--aw PATH] [--py PATH]
#
# Needs nginx (`apt-get install nginx-light`), started on 127.0.0.1 by shared/bench/serve_http.sh;
# CPython's run needs aiohttp (`apt-get install python3-aiohttp`) and is skipped without it. That is
# why bench/run.sh does not include this workload. Runs alternate; prints each run's requests/s
# (the workload's stderr) and the medians. Only this script's nginx is stopped at the end.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
bench=${AW_BENCH_DIR:-$(cd "$here/../../shared/bench" 2>/dev/null && pwd)}
reps=5
aw="$root/aw"
py=/usr/bin/python3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reps) reps=${2:?--reps needs a number}; shift 2 ;;
    --aw) aw=${2:?--aw needs a path}; shift 2 ;;
    --py) py=${2:?--py needs a path}; shift 2 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/http.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -x /usr/sbin/nginx ]] || { echo "bench/http.sh: needs nginx (apt-get install nginx-light)" >&2; exit 1; }

state=$(mktemp -d "${TMPDIR:-/tmp}/awhttp.XXXXXX")
chmod 755 "$state"  # nginx's workers (www-data) must reach the served file
trap 'bash "$bench/serve_http.sh" stop "$state/srv" >/dev/null 2>&1; rm -rf "$state"' EXIT
url=$(bash "$bench/serve_http.sh" start "$state/srv") || exit 1
expected=$(awk -F'\t' '$1 == "http" { print $2 }' "$bench/expected.txt")
have_aiohttp=0
"$py" -c 'import aiohttp' 2>/dev/null && have_aiohttp=1

# run NAME PROG: one run; appends its requests/s to $state/NAME.
run() {
  local out rps
  out=$("$2" "$bench/py/http_get.py" "$url" 2> "$state/err")
  rps=$(awk '/^rps/ { print $2 }' "$state/err")
  if [[ "$out" != "$expected" || -z "$rps" ]]; then
    echo "$1: WRONG or failed run: $out $(tail -n 1 "$state/err")" >&2
    return
  fi
  echo "$rps" >> "$state/$1"
  echo "$1 $rps"
}

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2); else print "-" }'; }

for ((i = 0; i < reps; i++)); do
  run aw "$aw"
  [[ $have_aiohttp == 1 ]] && run cpython "$py"
done
touch "$state/aw" "$state/cpython"
echo "median requests/s: aw $(median "$state/aw"), CPython+aiohttp $(median "$state/cpython")"
