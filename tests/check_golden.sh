#!/bin/bash
# tests/check_golden.sh — check the golden tests themselves against CPython (the oracle).
#
#   tests/check_golden.sh [--py PYTHON] [--jobs N] [DIR_OR_FILE...]
#
# Runs every golden test (default: all of tests/golden) under CPython 3.11 exactly as tests/run.sh
# runs them under aw (cwd = the test's folder, its .in as stdin, its .args as arguments, the same
# timeout) and reports each test whose stdout, stderr tail (.err) or exit status (.code) differs
# from its expectation. Tests that are deliberately aw-only are listed, one path relative to
# tests/golden per line, in tests/golden/AW_ONLY and are skipped. Ends with `N passed, M failed`;
# exit status 0 iff nothing failed. Wired to `make check-golden`.
#
# PYTHON defaults to /usr/bin/python3 (Debian's CPython 3.11.2), else the python3 on PATH.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
py=""
pass_on=()
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --py|--aw) py=${2:?$1 needs a path}; shift 2 ;;
    --jobs|-j) pass_on+=(--jobs "${2:?--jobs needs a number}"); shift 2 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [[ -z "$py" ]]; then
  if [[ -x /usr/bin/python3 ]]; then py=/usr/bin/python3; else py=$(command -v python3) || py=python3; fi
fi
[[ ${#targets[@]} -gt 0 ]] || targets=("$here/golden")

version=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
if [[ "$version" != "3.11" ]]; then
  echo "check_golden.sh: warning: $py is Python ${version:-?}, the expectations come from 3.11" >&2
fi

# CPython must not leave __pycache__ folders beside the helper modules.
export PYTHONDONTWRITEBYTECODE=1
# The HTTP tests need aiohttp under CPython; without it they are left out, and said so.
if ! "$py" -c 'import aiohttp' 2>/dev/null; then
  echo "check_golden.sh: $py has no aiohttp (apt-get install python3-aiohttp): skipping golden/http" >&2
  kept=()
  for target in "${targets[@]}"; do
    if [[ "$(cd "$target" 2>/dev/null && pwd)" == "$here/golden" ]]; then
      for dir in "$here"/golden/*/; do [[ "$dir" == */http/ ]] || kept+=("$dir"); done
    elif [[ "$target" != */http && "$target" != */http/ && "$target" != */http/* ]]; then
      kept+=("$target")
    fi
  done
  targets=("${kept[@]+"${kept[@]}"}")
  [[ ${#targets[@]} -gt 0 ]] || { echo "0 passed, 0 failed"; exit 0; }
fi
exec "$here/run.sh" --aw "$py" --skip-list "$here/golden/AW_ONLY" "${pass_on[@]+"${pass_on[@]}"}" "${targets[@]}"
