#!/usr/bin/env bash
# Regenerates scripts/startup-symbols.txt, the order in which scripts/build-release.sh lays out the
# functions the first frame runs (Linux; needs valgrind — `sudo apt-get install valgrind` — python3
# and script(1)). It builds the release binary, starts it to its first frame under callgrind on a
# pseudo-terminal twice — with an empty data folder (a student's first start: the study database
# and the content overview are made) and again (the usual start, from the cached overview) — and
# has scripts/startup_order.py order what ran (the usual start's functions first) using the link
# map of that build; then it links
# again with the new list and prints the binary's path. Run it after a change to the start-up path:
# a stale list is harmless (names that no longer exist are skipped), it only makes the start slower.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in valgrind python3 script; do
  command -v "$tool" >/dev/null || { echo "gen-startup-symbols: $tool is needed" >&2; exit 1; }
done
binary=$(scripts/build-release.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip --strip-debug -o "$work/dlstudy" "$binary"   # valgrind 3.19 cannot read the toolchain's DWARF 5
for run in first usual; do
  profile=""
  [ "$run" = usual ] && profile="valgrind --tool=callgrind --demangle=no --separate-threads=yes --callgrind-out-file=$work/usual.out"
  TERM=xterm-256color script -qec \
    "stty cols 120 rows 40; $profile $work/dlstudy --exit-after-first-frame --content $PWD --data $work/data" \
    /dev/null >"$work/$run.log" 2>&1 </dev/null || { tail -20 "$work/$run.log" >&2; exit 1; }
done
# The main thread only (callgrind writes one file per thread, -01 the main one): under valgrind the
# start is slow enough for background work (the content parse, GRDB's and libdispatch's threads) to
# run before the exit, which a real start does not do before its first frame.
python3 scripts/startup_order.py .build-startup/dlstudy.map "$work/usual.out-01" >"$work/symbols"
mv "$work/symbols" scripts/startup-symbols.txt
echo "scripts/startup-symbols.txt: $(wc -l <scripts/startup-symbols.txt) functions" >&2
scripts/build-release.sh
