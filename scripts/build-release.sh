#!/usr/bin/env bash
# Builds the release dlstudy a student installs, tuned for a fast start, and prints its path.
#   scripts/build-release.sh            # builds, prints e.g. .build-startup/release/dlstudy
# On Linux the Swift runtime, Foundation and the C++ library are linked into the binary (no dynamic
# linking of libswiftCore/Foundation/ICU/libstdc++ at every start), every function gets its own
# section and the linker (lld, shipped with the Swift toolchain) places the functions the first
# frame runs next to each other, in the order of scripts/startup-symbols.txt (made by
# scripts/gen-startup-symbols.sh), so the first frame faults in a few megabytes of code instead of
# most of the binary. Relative relocations are packed (DT_RELR) when the C library reads them
# (glibc 2.36 or later; an older one would refuse to start the binary). A name in the list that no
# longer exists is skipped: a stale list only makes the start slower, never wrong. Elsewhere it is
# a plain release build. Its own build folder, .build-startup/, keeps `swift build`'s untouched.
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
  -Xlinker "-Map=$PWD/$scratch/dlstudy.map"
)
# The static runtime's link line asks for -lstdc++; a folder searched before the compiler's own,
# holding a `libstdc++.so` that is a linker script naming the static archive, makes that the one.
cxx_archive=$(clang -print-file-name=libstdc++.a 2>/dev/null || true)
if [ -f "$cxx_archive" ]; then
  mkdir -p "$scratch/static-libstdc++"
  echo "INPUT($cxx_archive)" >"$scratch/static-libstdc++/libstdc++.so"
  flags+=(-Xswiftc -Xclang-linker -Xswiftc "-L$PWD/$scratch/static-libstdc++")
fi
glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed -nE 's/^glibc ([0-9]+)\.([0-9]+).*/\1 \2/p')
if [ -n "$glibc" ] && { read -r major minor <<<"$glibc"; [ "$major" -gt 2 ] || { [ "$major" -eq 2 ] && [ "$minor" -ge 36 ]; }; }; then
  flags+=(-Xlinker -z -Xlinker pack-relative-relocs)
fi
bin="$(swift build -c release --scratch-path "$scratch" "${flags[@]}" --show-bin-path)"
rm -f "$bin/dlstudy"   # the symbol list is not an input SwiftPM tracks: always link again
swift build -c release --product dlstudy --scratch-path "$scratch" "${flags[@]}" >&2
echo "$bin/dlstudy"
