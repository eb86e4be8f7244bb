#!/bin/bash
# scripts/deps.sh — make sure the Debian packages aw builds against are installed.
#
#   bash scripts/deps.sh
#
# Checks each package with `dpkg -s`. Quiet (no output, exit 0) when everything is present.
# When something is missing: as root it runs `apt-get update && apt-get install -y ...`
# (DEBIAN_FRONTEND=noninteractive); otherwise it names the missing packages and the command
# to run, and exits 1. Safe to run any number of times.
set -uo pipefail

packages=(
  pkg-config            # finds the flags of the libraries below
  libuv1-dev            # event loop (interp scheduler, stdlib I/O)
  libreadline-dev       # the REPL
  libcurl4-openssl-dev  # http / aiohttp engine
  libgmp-dev            # arbitrary-precision ints
  libpcre2-dev          # the re module's engine (libpcre2-8)
  zlib1g-dev            # the zlib module
  libsqlite3-dev        # the sqlite3 module (_sqlite3)
  libexpat1-dev         # the pyexpat module (xml.*)
  libbz2-dev            # the bz2 module (_bz2)
)

# `dpkg -s` also succeeds for a removed-but-not-purged package, so require "Status: install ok installed".
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg -s "$pkg" 2>/dev/null | grep -qx 'Status: install ok installed'; then
    missing+=("$pkg")
  fi
done

[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "deps.sh: missing Debian packages: ${missing[*]}" >&2
  echo "deps.sh: install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >&2; then
  echo "deps.sh: apt-get install failed for: ${missing[*]}" >&2
  exit 1
fi
exit 0
