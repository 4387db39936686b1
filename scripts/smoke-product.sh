#!/usr/bin/env bash
# Starts the materialised IDE product under Xvfb and checks that it comes up: the workbench window
# opens, wasmpart's bundles are installed, and nothing logs an error. Needs a display (run it under
# xvfb-run) and xwininfo (Debian x11-utils). Usage: scripts/smoke-product.sh [TIMEOUT_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
timeout_s="${1:-120}"
product=releng/org.wasmpart.product/target/products/org.wasmpart.ide/linux/gtk/x86_64
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -d "$product" ] || { echo "smoke: no product at $product; build it first" >&2; exit 1; }

for bundle in org.wasmpart.model org.wasmpart.core org.wasmpart.ui org.wasmpart.ide.branding; do
  grep -q "^$bundle," "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || { echo "smoke: $bundle is not installed in the product" >&2; exit 1; }
done

workspace=$(mktemp -d /tmp/wasmpart-smoke.XXXXXX)
(cd "$product" && exec "$java_bin" -Xmx1024m -jar plugins/org.eclipse.equinox.launcher_*.jar -data "$workspace" \
  -consoleLog) > "$workspace.console" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; sleep 1; kill -9 $pid 2>/dev/null || true' EXIT

title=""
for _ in $(seq 1 "$timeout_s"); do
  title=$(xwininfo -root -tree 2>/dev/null | grep -o '"[^"]* - wasmpart IDE *"' | head -n 1 || true)
  [ -n "$title" ] && break
  kill -0 $pid 2>/dev/null || { echo "smoke: the product exited early:" >&2; cat "$workspace.console" >&2; exit 1; }
  sleep 1
done
if [ -z "$title" ]; then
  echo "smoke: no workbench window after ${timeout_s}s" >&2
  cat "$workspace.console" >&2
  exit 1
fi
sleep 5
log="$workspace/.metadata/.log"
if [ -f "$log" ] && grep -q '^!ENTRY .* 4 ' "$log"; then
  echo "smoke: the product logged errors:" >&2
  cat "$log" >&2
  exit 1
fi
echo "smoke: the IDE product started (window $title) with wasmpart installed and no logged error"
