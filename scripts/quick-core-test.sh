#!/usr/bin/env bash
# A fast edit-compile-test loop for org.wasmpart.model + org.wasmpart.core without Tycho: javac into
# a private folder and the JUnit console launcher. For development only; ./test.sh is the truth.
# Usage: scripts/quick-core-test.sh [JUnit console selectors, e.g. --select-class org.wasmpart.core.X]
# Several can run at once: each uses its own output folder (QUICK_OUT, default a temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prepare.sh
m2="${HOME}/.m2/repository"
jar() { # group artifact version
  local f="$m2/${1//.//}/$2/$3/$2-$3.jar"
  [ -f "$f" ] || ./mvnw -q -ntp dependency:get -Dartifact="$1:$2:$3" >/dev/null
  printf '%s' "$f"
}
cp_main="$(jar org.eclipse.emf org.eclipse.emf.ecore 2.43.0):$(jar org.eclipse.emf org.eclipse.emf.common 2.46.0):$(jar org.eclipse.emf org.eclipse.emf.ecore.xmi 2.41.0)"
cp_main="$cp_main:$(jar org.eclipse.emf org.eclipse.emf.ecore.change 2.18.0):$(jar org.eclipse.emf org.eclipse.emf.edit 2.23.0)"
cp_main="$cp_main:$(jar org.ow2.sat4j org.ow2.sat4j.core 2.3.6):$(jar org.ow2.sat4j org.ow2.sat4j.pb 2.3.6)"
console="$(jar org.junit.platform junit-platform-console-standalone 1.14.4)"
out="${QUICK_OUT:-$(mktemp -d /tmp/wasmpart-quick.XXXXXX)}"
mkdir -p "$out/main" "$out/test"
javac -nowarn -encoding UTF-8 --release 21 -d "$out/main" -cp "$cp_main" \
  $(find bundles/org.wasmpart.model/src-gen bundles/org.wasmpart.model/src bundles/org.wasmpart.core/src -name '*.java')
javac -nowarn -encoding UTF-8 --release 21 -d "$out/test" -cp "$out/main:$cp_main:$console" \
  $(find bundles/org.wasmpart.core/src_test -name '*.java')
selectors=("$@")
[ ${#selectors[@]} -gt 0 ] || selectors=(--scan-classpath "$out/test")
cd bundles/org.wasmpart.core
exec java -jar "$console" execute --disable-banner --details=summary \
  --class-path "$out/main:$(pwd)/resources:$out/test:$cp_main" "${selectors[@]}"
