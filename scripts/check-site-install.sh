#!/usr/bin/env bash
# The update-site install test, second half. The Maven build (releng/org.wasmpart.installtest) has
# installed org.wasmpart.feature with the p2 director from the repository zip alone into a stock
# Eclipse Platform + EMF (releng/org.wasmpart.platform). This checks what got installed, then starts
# that platform with the OSGi resolver's report and wirings traced, and fails unless
#   - the site holds the optional CDT feature, which alone requires CDT;
#   - no wasmpart bundle but the feature's is in bundles.info (the optional
#     CDT feature, the command line and the sources are not pulled in);
#   - the workbench window opens;
#   - the resolver wired every one of those bundles and reported no bundle it could not resolve;
#   - nothing logged an error.
# Needs a display (run it under xvfb-run) and xwininfo (Debian x11-utils); docs/INSTALL.md explains it.
# Usage: scripts/check-site-install.sh [TIMEOUT_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
timeout_s="${1:-120}"
platform=releng/org.wasmpart.platform/target/products/org.wasmpart.platform/linux/gtk/x86_64
bundles_info="$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
. scripts/prepare.sh
jdk_bin="$JAVA_HOME/bin"

# prints the message, then the platform's console without the wirings (hundreds of lines) if asked
fail() {
  echo "site install: $1" >&2
  if [ "${2:-}" = console ]; then
    echo "----- the platform's console, without the resolver's wirings:" >&2
    grep -v -e $'^\t' -e '^RESOLVER: Wirings' "$run/console.txt" >&2 || true
  fi
  exit 1
}

[ -f "$bundles_info" ] || fail "no installed platform at $platform; run the Maven build first"
feature_bundles=$(grep -o '<plugin id="[^"]*"' features/org.wasmpart.feature/feature.xml | cut -d'"' -f2 | sort)

# the site: the source of every bundle of the feature but the help's (the director's install from
# the zip alone already proved the bundles themselves are there)
zip=$(ls releng/org.wasmpart.repository/target/org.wasmpart.repository-*.zip 2>/dev/null | head -n 1 || true)
[ -n "$zip" ] || fail "no repository zip in releng/org.wasmpart.repository/target"
site_files=$("$jdk_bin/jar" tf "$zip")
for bundle in $feature_bundles; do
  [ "$bundle" = org.wasmpart.help ] || grep -q "^plugins/${bundle}\.source_" <<< "$site_files" \
    || fail "$zip lacks ${bundle}.source (list it in features/org.wasmpart.feature.source)"
done

# the optional CDT feature is on the site, and it alone needs CDT: the p2 metadata of each feature
metadata=$(mktemp -d /tmp/wasmpart-site-metadata.XXXXXX)
(cd "$metadata" && "$jdk_bin/jar" xf "$OLDPWD/$zip" content.jar && "$jdk_bin/jar" xf content.jar content.xml)
unit() { awk "/<unit id='$1'/,/<\/unit>/" "$metadata/content.xml"; }
unit org.wasmpart.cdt.feature.feature.group | grep -q "name='org.eclipse.cdt.core'" \
  || fail "$zip lacks org.wasmpart.cdt.feature, or it does not require org.eclipse.cdt.core"
! unit org.wasmpart.feature.feature.group | grep -q "cdt" \
  || fail "org.wasmpart.feature requires something of CDT: $(unit org.wasmpart.feature.feature.group | grep cdt)"

# the platform was stock: the p2 profile's first state that holds the Platform holds no wasmpart
first_state=$(for state in "$platform"/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/*.profile.gz; do
  zgrep -q "<unit id='org.eclipse.platform'" "$state" && { echo "$state"; break; }
done || true)
[ -n "$first_state" ] || fail "no state of the platform's p2 profile holds the Eclipse Platform"
! zgrep -q "<unit id='org.wasmpart.feature.feature.group'" "$first_state" \
  || fail "the platform held wasmpart before the director installed it ($first_state)"

installed_bundles=$(grep -o '^org\.wasmpart\.[^,]*' "$bundles_info" | sort || true)
extra=$(comm -13 <(echo "$feature_bundles") <(echo "$installed_bundles"))
[ -z "$extra" ] || fail "installing org.wasmpart.feature also installed: $(echo $extra)"

run=$(mktemp -d /tmp/wasmpart-site.XXXXXX)
# Equinox traces every resolution: the wires of each bundle it resolved, and a report naming each
# bundle it could not resolve with the missing requirement
printf '%s\n' org.eclipse.osgi/resolver/wiring=true org.eclipse.osgi/resolver/report=true > "$run/debug.options"
(cd "$platform" && exec "$jdk_bin/java" -Xmx1024m -jar plugins/org.eclipse.equinox.launcher_*.jar \
  -clean -data "$run/workspace" -consoleLog -debug "$run/debug.options") > "$run/console.txt" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; sleep 1; kill -9 $pid 2>/dev/null || true' EXIT

window=""
waited=0
while [ -z "$window" ]; do
  kill -0 $pid 2>/dev/null || fail "the platform exited before its window opened" console
  [ $waited -lt "$timeout_s" ] || fail "no workbench window after ${timeout_s}s" console
  sleep 1
  waited=$((waited + 1))
  window=$(xwininfo -root -tree 2>/dev/null | grep -o '"[^"]* - Eclipse Platform *"' | head -n 1 || true)
done
sleep 5 # let the workbench finish starting: late errors land in the log

# each bundle the resolver wired is a "Resource" line followed by its identity
wired=$(grep -A1 $'^\tResource$' "$run/console.txt" | grep -o 'osgi.identity="org\.wasmpart\.[^"]*"' | cut -d'"' -f2 | sort -u)
unwired=$(comm -23 <(echo "$feature_bundles") <(echo "$wired"))
[ -z "$unwired" ] || fail "not resolved at runtime: $(echo $unwired)" console
# the report lists the bundles with unresolved requirements; only those of optional ones get no message
if grep -q -E 'Unresolved requirement:|Another singleton bundle selected:|filtered by a resolver hook|uses constraint violation|Unknown error:' \
    "$run/console.txt"; then
  fail "the OSGi resolver could not resolve some bundles" console
fi
log="$run/workspace/.metadata/.log"
if [ -f "$log" ] && grep -q '^!ENTRY .* 4 ' "$log"; then
  cat "$log" >&2
  fail "the platform logged errors (its .log above)"
fi
echo "site install: org.wasmpart.feature installed from the zip alone into Eclipse Platform + EMF;" \
  "the workbench started ($window) with $(echo $feature_bundles | wc -w) wasmpart bundles resolved and no logged error"
