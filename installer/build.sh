#!/usr/bin/env bash
# Builds Passage installers with jpackage (JDK 25): a Linux app-image, and a .deb when dpkg-deb and fakeroot are present.
# Usage (from the repository root):  installer/build.sh [app-image|deb|all]     (default: all)
# Output: target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-all}

jdk=""
for c in "${PASSAGE_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*; do
  if [ -n "$c" ] && [ -x "$c/bin/jpackage" ] && "$c/bin/java" -XshowSettings:properties -version 2>&1 | grep -q 'java.specification.version = 2[5-9]'; then
    jdk=$c; break
  fi
done
[ -n "$jdk" ] || { echo "installer: needs a JDK 25 with jpackage (set PASSAGE_JDK)" >&2; exit 2; }

[ -f target/passage.jar ] || mvn -q -B -DskipTests package
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*-SNAPSHOT</version>.*:\1:p' pom.xml | head -1)
version=${version:-0.1.0}

input=target/installer/input
rm -rf target/installer && mkdir -p "$input"
cp target/passage.jar "$input/"
cp -r target/lib "$input/lib"

common=(--name Passage --app-version "$version" --vendor "Passage contributors"
        --description "Qualitative interview coding with mixed methods"
        --input "$input" --main-jar passage.jar --main-class dev.passage.cli.PassageCli --arguments gui
        --java-options "--enable-native-access=ALL-UNNAMED"
        --dest target/installer)

if [ "$kind" = app-image ] || [ "$kind" = all ]; then
  "$jdk/bin/jpackage" --type app-image "${common[@]}"
  echo "app-image: target/installer/Passage (run target/installer/Passage/bin/Passage)"
fi
if [ "$kind" = deb ] || [ "$kind" = all ]; then
  if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    "$jdk/bin/jpackage" --type deb "${common[@]}" --linux-package-name passage --linux-menu-group Science \
      --linux-shortcut --linux-app-category science --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libxxf86vm1"
    ls target/installer/*.deb
  else
    echo "deb: skipped (needs dpkg-deb and fakeroot: apt-get install -y fakeroot)" >&2
  fi
fi
