#!/usr/bin/env bash
# Builds the release dlstudy a student installs, tuned for a fast start, and prints its path.
#   scripts/build-release.sh            # builds, prints e.g. .build-startup/release/dlstudy
# On Linux the Swift runtime and Foundation are linked into the binary (no dynamic linking of
# libswiftCore/Foundation/ICU at every start), every function gets its own section and the linker
# (lld, shipped with the Swift toolchain) places the functions the first frame runs next to each
# other, in the order of scripts/startup-symbols.txt (made by scripts/gen-startup-symbols.sh), so
# the first frame faults in a few megabytes of code instead of most of the binary. Relative
# relocations are packed (DT_RELR, glibc 2.36+ reads them; older glibc refuses to start the binary,
# so set DLSTUDY_PLAIN_RELOCS=1 there). A name in the list that no longer exists is skipped: a
# stale list only makes the start slower, never wrong. Elsewhere it is a plain release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-startup
if [ "$(uname -s)" != Linux ]; then
  swift build -c release --product dlstudy --scratch-path "$scratch" >&2
  echo "$(swift build -c release --scratch-path "$scratch" --show-bin-path)/dlstudy"
  exit 0
fi
flags=(
  --static-swift-stdlib
  -Xswiftc -Xfrontend -Xswiftc -function-sections
  -Xcc -ffunction-sections -Xcc -fdata-sections
  -Xswiftc -use-ld=lld
  -Xlinker --no-export-dynamic
  -Xlinker "--symbol-ordering-file=$PWD/scripts/startup-symbols.txt"
  -Xlinker --no-warn-symbol-ordering
)
if [ "${DLSTUDY_PLAIN_RELOCS:-0}" != 1 ]; then
  flags+=(-Xlinker -z -Xlinker pack-relative-relocs)
fi
swift build -c release --product dlstudy --scratch-path "$scratch" "${flags[@]}" >&2
echo "$(swift build -c release --scratch-path "$scratch" "${flags[@]}" --show-bin-path)/dlstudy"
