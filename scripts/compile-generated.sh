#!/usr/bin/env bash
# Compiles generated C with the real cross compilers, as docs/GENERATED.md promises it compiles:
#   scripts/compile-generated.sh [DIR...]
# Each DIR is what `wasmpart generate -o DIR` wrote (wasmpart-manifest.json and c/); without
# arguments, every golden output of the core's generation tests, which the tests keep equal to
# what the generator produces for each example. ARM outputs compile for Cortex-M0+, M4, M7 and
# M33: in full where the unit matches the core, tables only (WASMPART_TABLES_ONLY) elsewhere;
# RISC-V outputs for RV32IMAC. Outputs with WAMR shared heaps compile once more with
# WASMPART_WITH_WAMR against the declarations in testdata/generate/wamr/wasm_export.h.
# Installs gcc-arm-none-eabi and gcc-riscv64-unknown-elf when missing (Debian, root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(gcc-arm-none-eabi gcc-riscv64-unknown-elf)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "compile-generated: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for cc in arm-none-eabi-gcc riscv64-unknown-elf-gcc; do
  if ! command -v "$cc" >/dev/null; then
    echo "compile-generated: $cc is still missing after installing ${packages[*]}" >&2
    exit 1
  fi
done

golden=bundles/org.wasmpart.core/testdata/generate/golden
wamr_api=bundles/org.wasmpart.core/testdata/generate/wamr
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  for d in "$golden"/*/; do dirs+=("${d%/}"); done
fi
[ ${#dirs[@]} -gt 0 ] || { echo "compile-generated: nothing to compile" >&2; exit 1; }

common=(-std=c99 -Wall -Wextra -Werror -ffreestanding -O2 -c)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
compiled=0

# compile DIR LABEL COMPILER FLAGS...: one object from the generated source, named in the log
compile() {
  local dir="$1" label="$2"
  shift 2
  if ! "$@" "${common[@]}" -I "$dir/c" "$dir/c/wasmpart_config.c" -o "$out/wasmpart_config.o"; then
    echo "FAILED $dir: $label: $*" >&2
    exit 1
  fi
  echo "ok     $dir: $label"
  compiled=$((compiled + 1))
}

for dir in "${dirs[@]}"; do
  manifest="$dir/wasmpart-manifest.json"
  [ -f "$manifest" ] && [ -f "$dir/c/wasmpart_config.c" ] \
    || { echo "compile-generated: $dir holds no generated output" >&2; exit 1; }
  # the unit's kind: the first "kind" after "protectionUnit" (the manifest is written one field a line)
  kind="$(sed -n '/"protectionUnit"/,/}/s/.*"kind": "\([a-z0-9]*\)".*/\1/p' "$manifest")"
  wamr=()
  grep -q '"sharedHeaps"' "$manifest" && wamr=(-DWASMPART_WITH_WAMR -I "$wamr_api")
  case "$kind" in
    pmsav7|pmsav8|mmu|"")
      for cpu in cortex-m0plus cortex-m4 cortex-m7 cortex-m33; do
        arm=(arm-none-eabi-gcc -mthumb -mcpu="$cpu")
        compile "$dir" "$cpu tables" "${arm[@]}" -DWASMPART_TABLES_ONLY
        case "$kind:$cpu" in
          pmsav7:cortex-m0plus|pmsav7:cortex-m4|pmsav7:cortex-m7|pmsav8:cortex-m33)
            compile "$dir" "$cpu" "${arm[@]}"
            [ ${#wamr[@]} -eq 0 ] || compile "$dir" "$cpu with WAMR" "${arm[@]}" "${wamr[@]}" ;;
        esac
      done
      [ "$kind" != mmu ] || compile "$dir" "cortex-a7" arm-none-eabi-gcc -marm -mcpu=cortex-a7 ;;
    pmp)
      rv=(riscv64-unknown-elf-gcc -march=rv32imac -mabi=ilp32)
      compile "$dir" "rv32imac" "${rv[@]}"
      [ ${#wamr[@]} -eq 0 ] || compile "$dir" "rv32imac with WAMR" "${rv[@]}" "${wamr[@]}" ;;
    *)
      echo "compile-generated: $dir: no compiler configured for protection kind '$kind'" >&2
      exit 1 ;;
  esac
done
echo "compile-generated: $compiled compilations passed ($(arm-none-eabi-gcc --version | head -1); $(riscv64-unknown-elf-gcc --version | head -1))"
