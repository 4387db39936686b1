#!/usr/bin/env bash
# Builds the wasmpart IDE (releng/org.wasmpart.product) when it is not built yet and starts it.
# A new workspace starts with the project wasmpart-examples holding the bundled examples.
# Usage: scripts/ide.sh [WORKSPACE]   (default ~/wasmpart-workspace)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prepare.sh
wasmpart_need_packages libgtk-3-0
product=releng/org.wasmpart.product/target/products/org.wasmpart.ide/linux/gtk/x86_64
workspace=$(realpath -m "${1:-$HOME/wasmpart-workspace}")

if [ ! -d "$product" ]; then
  echo "wasmpart: building the IDE (a few minutes the first time)" >&2
  # the product's own bundle is named as well: -am follows the product's features, not its plug-ins
  ./mvnw -B -ntp verify -DskipTests -pl bundles/org.wasmpart.ide.branding,releng/org.wasmpart.product -am
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<MSG
wasmpart: no display to open the IDE on (DISPLAY is not set). The IDE is built in
  $product
On a machine without a screen, start it on a virtual one (Debian package xvfb) and look at it
through a VNC server or take screenshots:
  xvfb-run -a -s "-screen 0 1280x1024x24" scripts/ide.sh $workspace
MSG
  exit 1
fi
echo "wasmpart: starting the IDE on the workspace $workspace" >&2
cd "$product"
# no native launcher is on Maven Central: the launcher jar starts the same way
exec "$JAVA_HOME/bin/java" -Xmx2g -jar plugins/org.eclipse.equinox.launcher_*.jar -data "$workspace"
