#!/usr/bin/env bash
# The reference-types proof of issue #5 (docs/GENERATED.md, "Reference types"): the compiler flags
# the generator emits for a wasi-sdk module keep reference types out of real clang-19 output.
#   scripts/prove-reference-types.sh [FRAGMENT.mk]
# FRAGMENT.mk is a generated build/wasmpart.mk; by default the golden one of a test design whose
# modules are wasi-sdk 25 (LLVM 19), which the core's tests keep equal to the generator's output.
# The flags are read from it, so the proof fails when the generator stops emitting them.
# A C file with an indirect call through a function table is compiled twice with clang-19 for
# wasm32-wasi, as FACTS §8 records it worked on Debian bookworm:
#   - without flags, LLVM 19's default CPU turns reference types on: target_features must list
#     +reference-types and `wasm-validate --disable-reference-types` must reject the module
#     (if clang's default did not do that, the proof would prove nothing, and it fails);
#   - with the emitted flags, target_features must not list it and wasm-validate must accept it.
# Both modules must contain a call_indirect. Installs clang-19, lld-19, wasi-libc,
# libclang-rt-19-dev-wasm32 and wabt when missing (Debian, root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

fragment="${1:-bundles/org.wasmpart.core/testdata/generate/golden/stm32f4-sensor-hub-bare-metal/build/wasmpart.mk}"
fail() { echo "prove-reference-types: FAILED: $*" >&2; exit 1; }
[ -f "$fragment" ] || fail "no generated Make fragment at $fragment"

packages=(clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32 wabt make)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "prove-reference-types: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for tool in clang-19 wasm-ld-19 wasm-validate wasm-objdump make; do
  command -v "$tool" >/dev/null || fail "$tool is still missing after installing ${packages[*]}"
done

# the flags of the first wasi-sdk module, as make reads the fragment
stem="$(sed -n 's/^\(WASMPART_MODULE_[A-Z0-9_]*\)_TOOLCHAIN := wasi-sdk$/\1/p' "$fragment" | head -1)"
[ -n "$stem" ] || fail "$fragment has no wasi-sdk module"
read -r -a flags <<< "$(printf 'include %s\nall: ; @echo $(%s_CFLAGS)\n' "$fragment" "$stem" | make -s -f -)"
[ ${#flags[@]} -gt 0 ] || fail "the generator emitted no compiler flags for $stem: nothing keeps reference types out"
echo "emitted flags: ${stem}_CFLAGS = ${flags[*]} (from $fragment)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/indirect.c" <<'EOF'
/* An indirect call through a function table; volatile, so the optimiser cannot make it direct. */
typedef int (*operation)(int);

static int twice(int x) { return 2 * x; }
static int negate(int x) { return -x; }

static operation volatile table[2] = { twice, negate };

int main(int argc, char **argv)
{
    (void)argv;
    return table[argc & 1](argc);
}
EOF

# build NAME FLAGS...: the module, as FACTS §8 built it
build() {
  local name="$1"
  shift
  clang-19 --target=wasm32-wasi --sysroot=/usr -isystem /usr/include/wasm32-wasi -L/usr/lib/wasm32-wasi \
    -O2 "$@" "$work/indirect.c" -o "$work/$name.wasm" || fail "clang-19 could not build the $name module"
  wasm-objdump -d "$work/$name.wasm" > "$work/$name.dis"
  grep -q call_indirect "$work/$name.dis" || fail "the $name module has no call_indirect: the proof would prove nothing"
}
# features NAME: the target_features wasm-ld recorded, as "+a +b"
features() {
  wasm-objdump -x -j target_features "$work/$1.wasm" > "$work/$1.features"
  sed -n 's/^ *- \[\([-+=]\)\] \([a-z0-9-]*\)$/\1\2/p' "$work/$1.features" | paste -sd' '
}
# call NAME: the bytes of the first call_indirect (opcode 0x11, type index, then the table byte or index)
call() {
  awk -F'|' 'function bytes(f) { sub(/^ *[0-9a-f]+: */, "", f); sub(/ *$/, "", f); return f }
    /call_indirect/ { on = 1; out = bytes($1); next }
    on { if ($2 ~ /^ *$/) out = out " " bytes($1); else exit }
    END { print out }' "$work/$1.dis"
}

build default
build flagged "${flags[@]}"
echo "clang:         $(clang-19 --version | head -1)"
echo "without flags: target_features $(features default); call_indirect bytes $(call default)"
echo "with flags:    target_features $(features flagged); call_indirect bytes $(call flagged)"

[[ " $(features default) " == *" +reference-types "* ]] \
  || fail "clang-19 without flags did not enable reference types (FACTS §8 says LLVM 19's default does): the proof proves nothing"
if wasm-validate --disable-reference-types "$work/default.wasm" 2> "$work/default.err"; then
  fail "wasm-validate --disable-reference-types accepts the module built without flags: the proof proves nothing"
fi
echo "without flags: wasm-validate --disable-reference-types rejects it: $(head -1 "$work/default.err")"

[[ " $(features flagged) " != *" +reference-types "* ]] \
  || fail "the module built with ${flags[*]} still lists +reference-types"
wasm-validate --disable-reference-types "$work/flagged.wasm" \
  || fail "wasm-validate --disable-reference-types rejects the module built with ${flags[*]}"
echo "with flags:    wasm-validate --disable-reference-types accepts it"
echo "prove-reference-types: the emitted flags (${flags[*]}) keep reference types out of clang-19 output"
