#!/usr/bin/env bash
# Regenerates scripts/startup-symbols.txt, the order in which scripts/build-release.sh lays out the
# functions the first frame runs (Linux; needs valgrind, e.g. `sudo apt-get install valgrind`).
# It builds the release binary, starts it to its first frame under callgrind on a pseudo-terminal
# (`script`), twice — once with an empty data folder (first start: the study database and the
# content overview are created) and once more (the usual start, from the cached overview) —, and
# writes every function either run executed, in the order callgrind first lists them, keeping only
# names the binary defines. Run it after a change to the start-up path; a stale list is harmless
# (build-release.sh skips names that no longer exist), it only makes the start slower.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "gen-startup-symbols: valgrind is needed (sudo apt-get install valgrind)" >&2; exit 1; }
command -v script >/dev/null || { echo "gen-startup-symbols: script(1) is needed (util-linux)" >&2; exit 1; }
binary=$(scripts/build-release.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip --strip-debug -o "$work/dlstudy" "$binary"   # valgrind cannot read the toolchain's DWARF 5
for run in first usual; do
  TERM=xterm-256color COLUMNS=120 LINES=40 script -qec \
    "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$work/$run.out $work/dlstudy --exit-after-first-frame --content $PWD --data $work/data" \
    /dev/null >"$work/$run.log" 2>&1 || { tail -20 "$work/$run.log" >&2; exit 1; }
done
nm --defined-only "$work/dlstudy" | awk '{print $3}' | sort -u >"$work/defined"
cat "$work/first.out" "$work/usual.out" |
  sed -nE 's/^c?fn=\([0-9]+\) (.*)$/\1/p' | sed -E "s/'[0-9]+$//" | grep -v '^0x' |
  awk '!seen[$0]++' | grep -Fxf "$work/defined" >scripts/startup-symbols.txt
echo "scripts/startup-symbols.txt: $(wc -l <scripts/startup-symbols.txt) functions"
