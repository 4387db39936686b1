# Sourced by the top-level scripts: finds JDK 25 for the build and installs the Debian packages
# the given groups need. Groups: ui (Xvfb and GTK for workbench tests).
set -euo pipefail

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  echo "wasmpart: the build needs JDK 25 (Tycho 5); set JAVA_HOME to one (looked in /usr/lib/jvm)" >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's Guice uses sun.misc.Unsafe; JDK 25 warns on every build unless it is allowed
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

wasmpart_need_packages() {
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "wasmpart: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
