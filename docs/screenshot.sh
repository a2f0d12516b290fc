#!/usr/bin/env bash
# Renders the workbench on the sample study in a real window under Xvfb and saves docs/workbench.png (the README picture).
# Usage (from the repository root, after `mvn -B -DskipTests package`):  docs/screenshot.sh [OUT.png]
# Needs ../shared/tools/screenshot.sh (installs xvfb and imagemagick with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/workbench.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
target/passage sample "$tmp/sample.passage" >/dev/null
# a fresh user.home (Java reads it from the passwd entry, not $HOME): no recent projects or settings of the person running this leak in
PASSAGE_JAVA_OPTS="-Duser.home=$tmp/home" ../shared/tools/screenshot.sh "$tmp/shot.png" "${WAIT:-25}" target/passage gui "$tmp/sample.passage" --lang en
# crop to the window (the Xvfb screen is larger than the window)
if command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; then
  convert "$tmp/shot.png" -trim +repage "$out"
else
  cp "$tmp/shot.png" "$out"
fi
echo "wrote $out"
