#!/usr/bin/env bash
# Regenerates the EMF model code and item providers and fails when they differ from what is
# committed: bundles/org.wasmpart.model/src-gen and bundles/org.wasmpart.edit (its src-gen, icons,
# plugin.xml, plugin.properties) must always be what model/wasmpart.genmodel produces, plus the
# edit bundle's methods marked @generated NOT.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/regenerate-model.sh >/dev/null
generated=(bundles/org.wasmpart.model bundles/org.wasmpart.edit)
if ! git diff --quiet -- "${generated[@]}" || [ -n "$(git ls-files --others --exclude-standard "${generated[@]}")" ]; then
  echo "wasmpart: the generated model or edit code is out of date with model/wasmpart.ecore; run scripts/regenerate-model.sh and commit:" >&2
  git status --short -- "${generated[@]}" >&2
  exit 1
fi
echo "model and edit code match model/wasmpart.genmodel"
