#!/bin/bash
# bench/streams.sh — asyncio streams echo throughput (bench/streams_echo.py: 20,000 round trips
# of a 100-byte line between a client and a server in one process, on 127.0.0.1) with aw and
# CPython, runs alternating.
#
#   bench/streams.sh [--reps N] [--aw PATH] [--py PATH]
#
# Prints each run's round trips/s and CPU seconds (the workload's stderr). Wall time on a loaded
# machine mostly measures the scheduler; the CPU seconds are the steadier figure.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
reps=5
aw="$root/aw"
py=/usr/bin/python3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reps) reps=${2:?--reps needs a number}; shift 2 ;;
    --aw) aw=${2:?--aw needs a path}; shift 2 ;;
    --py) py=${2:?--py needs a path}; shift 2 ;;
    -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/streams.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for ((i = 1; i <= reps; i++)); do
  for who in aw py; do
    prog=$aw; [[ $who == py ]] && prog=$py
    printf '%s run %d: ' "$who" "$i"
    "$prog" "$here/streams_echo.py" 2>&1 >/dev/null
  done
done
