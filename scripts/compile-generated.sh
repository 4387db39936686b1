#!/usr/bin/env bash
# Compiles generated C with the real cross compilers, as docs/GENERATED.md promises it compiles,
# and reads the build files with the real tools:
#   scripts/compile-generated.sh [DIR...]
# Each DIR is what `wasmpart generate -o DIR` wrote (wasmpart-manifest.json and c/); without
# arguments, every golden output of the core's generation tests, which the tests keep equal to
# what the generator produces for each example. ARM outputs compile for Cortex-M0+, M4, M7 and
# M33: in full where the unit matches the core, tables only (WASMPART_TABLES_ONLY) elsewhere;
# RISC-V outputs for RV32IMAC. Outputs with WAMR shared heaps compile once more with
# WASMPART_WITH_WAMR against the declarations in testdata/generate/wamr/wasm_export.h.
# Then the build files: build/wasmpart.ld is linked by the architecture's GNU ld with a tiny object,
# and every __wasmpart_* symbol (nm) must sit where the manifest puts its memory; cmake -P and make
# read build/wasmpart.cmake and build/wasmpart.mk, whose flags must be the manifest's "build" ones.
# Installs the cross compilers, cmake, make and jq when missing (Debian, root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(gcc-arm-none-eabi gcc-riscv64-unknown-elf cmake make jq)
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
for cc in arm-none-eabi-gcc riscv64-unknown-elf-gcc arm-none-eabi-ld riscv64-unknown-elf-ld cmake make jq; do
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
linked=0

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

# link DIR LABEL CC-AND-FLAGS... -- LD-AND-FLAGS...: links a tiny object with build/wasmpart.ld
# included in a minimal script, then compares every __wasmpart_* symbol with the manifest
link() {
  local dir="$1" label="$2" cc=() ld=()
  shift 2
  while [ "$1" != "--" ]; do cc+=("$1"); shift; done
  shift
  ld=("$@")
  echo 'void wasmpart_link_probe(void) {}' > "$out/probe.c"
  "${cc[@]}" -c "$out/probe.c" -o "$out/probe.o"
  printf 'SECTIONS { .text : { *(.text*) } }\nINCLUDE "%s"\n' "$(cd "$dir/build" && pwd)/wasmpart.ld" > "$out/main.ld"
  if ! "${ld[@]}" --fatal-warnings -T "$out/main.ld" "$out/probe.o" -o "$out/probe.elf"; then
    echo "FAILED $dir: $label: ${ld[*]} could not link build/wasmpart.ld" >&2
    exit 1
  fi
  # "symbol base size" per module, region and subpartition, as the manifest places them
  jq -r '(.modules[] | "__wasmpart_module_\(.cName|ascii_downcase) \(.base) \(.size)"),
         (.regions[] | . as $r | "__wasmpart_region_\(.cName|ascii_downcase) \(.base) \(.size)",
           (.subpartitions // [] | .[] | "__wasmpart_subpartition_\($r.cName|ascii_downcase)_\(.cName|ascii_downcase) \(.base) \(.size)"))' \
    "$dir/wasmpart-manifest.json" > "$out/expected"
  "${ld[0]%ld}nm" "$out/probe.elf" | awk '$3 ~ /^__wasmpart_/ { print $3, $1 }' | sort > "$out/symbols"
  local name base size expected=()
  while read -r name base size; do
    expected+=("$name"_start "$name"_end)
    for edge in start end; do
      local want=$((base)) got
      [ "$edge" = start ] || want=$(((base + size) & 0xFFFFFFFF))   # 32-bit symbols: 4 GiB wraps to 0
      got="$(awk -v s="${name}_$edge" '$1 == s { print $2 }' "$out/symbols")"
      if [ -z "$got" ] || [ $((16#$got)) -ne "$want" ]; then
        printf 'FAILED %s: %s: %s_%s is %s, the manifest says 0x%08X\n' "$dir" "$label" "$name" "$edge" "${got:-missing}" "$want" >&2
        exit 1
      fi
    done
  done < "$out/expected"
  if [ "$(wc -l < "$out/symbols")" -ne ${#expected[@]} ]; then
    echo "FAILED $dir: $label: build/wasmpart.ld defines __wasmpart_ symbols the manifest does not place:" >&2
    cat "$out/symbols" >&2
    exit 1
  fi
  echo "ok     $dir: $label: ${#expected[@]} symbols where the manifest puts them"
  linked=$((linked + 1))
}

# settings DIR: cmake -P and make read the fragments; each module's flags there are the manifest's
settings() {
  local dir="$1" build
  build="$(cd "$dir/build" && pwd)"
  # one "NAME value..." line per variable: the manifest's, then what each tool makes of its fragment
  jq -r '"WASMPART_DESIGN_SHA256 \(.generator.designSha256)",
         (.build.wamr.settings // {} | to_entries[] | "\(.key) \(.value)"),
         (.build.modules[] | ("WASMPART_MODULE_" + (.cName|ascii_upcase)) as $m
           | (select(.compileFlags) | "\($m)_CFLAGS \(.compileFlags|join(" "))"),
             (select(.rustflags) | "\($m)_RUSTFLAGS \(.rustflags|join(" "))"),
             (select(.wamrcFlags) | "\($m)_WAMRC_FLAGS \(.wamrcFlags|join(" "))"))' \
    "$dir/wasmpart-manifest.json" | sed 's/ *$//' > "$out/settings.json.txt"
  cut -d' ' -f1 "$out/settings.json.txt" > "$out/names"
  {
    echo "include(\"$build/wasmpart.cmake\")"
    while read -r v; do echo "list(JOIN $v \" \" joined)"; echo "message(\"$v \${joined}\")"; done < "$out/names"
  } > "$out/settings.cmake"
  {
    echo "include $build/wasmpart.mk"
    echo "all:"
    while read -r v; do printf '\t@echo "%s $(%s)"\n' "$v" "$v"; done < "$out/names"
  } > "$out/settings.mk"
  if ! cmake -P "$out/settings.cmake" 2>&1 | sed 's/ *$//' > "$out/settings.cmake.txt"; then
    echo "FAILED $dir: cmake could not read build/wasmpart.cmake" >&2; exit 1
  fi
  if ! make -s -f "$out/settings.mk" | sed 's/ *$//' > "$out/settings.make.txt"; then
    echo "FAILED $dir: make could not read build/wasmpart.mk" >&2; exit 1
  fi
  for tool in cmake make; do
    if ! diff -u "$out/settings.json.txt" "$out/settings.$tool.txt" >&2; then
      echo "FAILED $dir: build/wasmpart.$( [ $tool = cmake ] && echo cmake || echo mk) says otherwise than the manifest (diff above)" >&2
      exit 1
    fi
  done
  echo "ok     $dir: cmake and make read the fragments: $(wc -l < "$out/names") settings as in the manifest"
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
      [ "$kind" != mmu ] || compile "$dir" "cortex-a7" arm-none-eabi-gcc -marm -mcpu=cortex-a7
      link "$dir" "arm-none-eabi-ld" arm-none-eabi-gcc -mthumb -mcpu=cortex-m4 -- arm-none-eabi-ld ;;
    pmp)
      rv=(riscv64-unknown-elf-gcc -march=rv32imac -mabi=ilp32)
      compile "$dir" "rv32imac" "${rv[@]}"
      [ ${#wamr[@]} -eq 0 ] || compile "$dir" "rv32imac with WAMR" "${rv[@]}" "${wamr[@]}"
      link "$dir" "riscv64-unknown-elf-ld" "${rv[@]}" -- riscv64-unknown-elf-ld -m elf32lriscv ;;
    *)
      echo "compile-generated: $dir: no compiler configured for protection kind '$kind'" >&2
      exit 1 ;;
  esac
  settings "$dir"
done
echo "compile-generated: $compiled compilations and $linked links passed ($(arm-none-eabi-gcc --version | head -1); $(riscv64-unknown-elf-gcc --version | head -1))"
