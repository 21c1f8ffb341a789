#!/usr/bin/env bash
# Builds the release dlstudy (scripts/build-release.sh) and installs it under PREFIX (default ~/.local):
#   PREFIX/bin/dlstudy and PREFIX/share/dlstudy/{Lessons,Quizzes}
# The binary finds its content in ../share/dlstudy next to itself.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-$HOME/.local}"
bin="$(scripts/build-release.sh)"
mkdir -p "$prefix/bin" "$prefix/share/dlstudy"
install -m 755 "$bin" "$prefix/bin/dlstudy"
rm -rf "$prefix/share/dlstudy/Lessons" "$prefix/share/dlstudy/Quizzes"
cp -R Lessons Quizzes "$prefix/share/dlstudy/"
echo "installed $prefix/bin/dlstudy (content in $prefix/share/dlstudy)"
"$prefix/bin/dlstudy" check
