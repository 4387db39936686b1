#!/usr/bin/env bash
# The IDE product's test (issue #7), on the product the build materialised. Needs a display (run it
# under xvfb-run) and xwininfo (Debian x11-utils). Three starts:
#  1. the product as built, on a new workspace: its window opens, the first start imports the
#     examples into the project wasmpart-examples, and nothing logs an error;
#  2. a copy of it with the check bundle tests/org.wasmpart.ide.tests added, on another new
#     workspace, started with -Dwasmpart.ide.check=DIR: inside the product, FirstStartCheck waits
#     for the first start, checks the project and its designs, opens a design in the design editor
#     and checks its pages, screenshots the window (DIR/ide.png), writes DIR/result.txt, deletes the
#     project as a user would and closes the workbench;
#  3. the product as built on that workspace again: the deleted project stays deleted, and nothing
#     logged an error in either start.
# A failure prints the workspace's .metadata/.log. Usage: scripts/test-product.sh [TIMEOUT_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
timeout_s="${1:-180}"
product=releng/org.wasmpart.product/target/products/org.wasmpart.ide/linux/gtk/x86_64
out=releng/org.wasmpart.product/target/product-test
. scripts/prepare.sh
java_bin="$JAVA_HOME/bin/java"
checker=$(find "$PWD/tests/org.wasmpart.ide.tests/target" -maxdepth 1 -name 'org.wasmpart.ide.tests-*.jar' ! -name '*-sources.jar' 2>/dev/null | head -n 1 || true)
project=wasmpart-examples
[ -d "$product" ] || { echo "product test: no product at $product; build it first" >&2; exit 1; }
[ -n "$checker" ] || { echo "product test: no check bundle in tests/org.wasmpart.ide.tests/target; build it first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)

pid=""
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; sleep 1; kill -9 $pid 2>/dev/null || true; fi' EXIT

fail() { # WORKSPACE MESSAGE
  echo "product test: $2" >&2
  for f in "$1.console" "$1/.metadata/.log"; do
    if [ -f "$f" ]; then echo "===== $f =====" >&2; cat "$f" >&2; fi
  done
  exit 1
}

start() { # INSTALLATION WORKSPACE [JVM OPTIONS...]
  local dir=$1 workspace=$2
  shift 2
  (cd "$dir" && exec "$java_bin" -Xmx1024m "$@" -jar plugins/org.eclipse.equinox.launcher_*.jar \
    -data "$workspace" -consoleLog) >> "$workspace.console" 2>&1 &
  pid=$!
}

stop() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  pid=""
}

await_window() { # WORKSPACE: prints the window's title
  local title=""
  for _ in $(seq 1 "$timeout_s"); do
    title=$(xwininfo -root -tree 2>/dev/null | grep -o '"[^"]* - wasmpart IDE *"' | head -n 1 || true)
    if [ -n "$title" ]; then echo "$title"; return; fi
    kill -0 $pid 2>/dev/null || fail "$1" "the product exited before its window opened"
    sleep 1
  done
  fail "$1" "no wasmpart IDE window after ${timeout_s}s"
}

no_logged_error() { # WORKSPACE
  if [ -f "$1/.metadata/.log" ] && grep -q '^!ENTRY .* 4 ' "$1/.metadata/.log"; then
    fail "$1" "the product logged errors"
  fi
}

for bundle in $(grep -o '<plugin id="[^"]*"' features/org.wasmpart.feature/feature.xml | cut -d'"' -f2) \
    org.wasmpart.ide.branding; do
  grep -q "^$bundle," "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || { echo "product test: $bundle is not installed in the product" >&2; exit 1; }
done
examples=$(cd examples && ls ./*.wasmpart | sed 's|^\./||')

# 1. the product as built: window, first start, no error
workspace="$out/workspace-1"
start "$product" "$workspace"
began=$SECONDS
title=$(await_window "$workspace")
window_at=$((SECONDS - began))
imported=""
for _ in $(seq 1 "$timeout_s"); do
  missing=$(for e in $examples; do [ -f "$workspace/$project/$e" ] || echo "$e"; done)
  if [ -z "$missing" ]; then imported=$((SECONDS - began)); break; fi
  sleep 1
done
[ -n "$imported" ] || fail "$workspace" "the first start did not import the examples into $project; missing: $missing"
grep -q '<nature>org.wasmpart.ui.wasmpartNature</nature>' "$workspace/$project/.project" \
  || fail "$workspace" "$project has no wasmpart nature"
sleep 5
no_logged_error "$workspace"
stop
echo "product test: 1. window $title after ${window_at}s, the examples in $project after ${imported}s, no logged error"

# 2. a copy with the check bundle: the first start seen from inside, the design editor, a screenshot
installation="$out/installation"
cp -a "$product" "$installation"
(cd "$out" && "$(dirname "$java_bin")/jar" xf "$checker" META-INF/MANIFEST.MF)
version=$(tr -d '\r' < "$out/META-INF/MANIFEST.MF" | sed -n 's/^Bundle-Version: *//p')
cp "$checker" "$installation/plugins/org.wasmpart.ide.tests_$version.jar"
echo "org.wasmpart.ide.tests,$version,plugins/org.wasmpart.ide.tests_$version.jar,4,false" \
  >> "$installation/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
workspace="$out/workspace-2"
began=$SECONDS
# osgi.clean: the copied framework cache may predate the added bundle
start "$installation" "$workspace" -Dosgi.clean=true "-Dwasmpart.ide.check=$out"
for _ in $(seq 1 "$timeout_s"); do
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
kill -0 $pid 2>/dev/null && fail "$workspace" "the check did not finish within ${timeout_s}s"
pid=""
[ -f "$out/result.txt" ] || fail "$workspace" "the check wrote no $out/result.txt"
head -n 1 "$out/result.txt" | grep -qx PASS || { cat "$out/result.txt" >&2; fail "$workspace" "the check failed"; }
no_logged_error "$workspace"
echo "product test: 2. the check passed in $((SECONDS - began))s:"
sed 1d "$out/result.txt"
echo "product test: screenshot $out/ide.png"

# 3. the product as built on the same workspace: the project the user deleted stays deleted
start "$product" "$workspace"
title=$(await_window "$workspace")
# the first start imports a few seconds after the window opens (step 1 prints when): wait well past it
sleep 10
[ ! -e "$workspace/$project" ] || fail "$workspace" "the second start brought back the deleted $project"
no_logged_error "$workspace"
stop
echo "product test: 3. started again, $project stays deleted, no logged error"
