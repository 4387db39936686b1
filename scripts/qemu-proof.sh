#!/usr/bin/env bash
# Proof on emulated hardware (issue #8): the MPU/PMP tables wasmpart generates enforce the
# permissions the design declares, on CPU models we did not write (QEMU). For every test design
# (tests/qemu/designs), every bundled example and generation test design QEMU can run, and a
# seeded batch of random designs: `wasmpart generate`, build the bare-metal firmware of
# tests/qemu/<arch>/ around the generated C, run it under QEMU with a timeout, fail on any
# mismatch. Then a mutation check: a deliberately widened entry must make the run fail.
#
# usage: scripts/qemu-proof.sh [--random N] [--seed S]   (docs/QEMU.md)
#   WASMPART_QEMU_WORK=DIR keeps the generated files, firmware and logs in DIR.
# Needs the CLI jar (releng/org.wasmpart.cli.app/target/wasmpart.jar, built by ./test.sh or
# ./example.sh). Installs QEMU, the cross compilers and python3 when missing (Debian, root).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
qemu="$root/tests/qemu"
random=12
seed=1
while [ $# -gt 0 ]; do
  case "$1" in
    --random) random="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "usage: $0 [--random N] [--seed S]" >&2; exit 2 ;;
  esac
done

need=()
command -v qemu-system-arm >/dev/null || need+=(qemu-system-arm)
command -v qemu-system-riscv32 >/dev/null || need+=(qemu-system-misc)
command -v arm-none-eabi-gcc >/dev/null || need+=(gcc-arm-none-eabi)
command -v riscv64-unknown-elf-gcc >/dev/null || need+=(gcc-riscv64-unknown-elf)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  echo "qemu-proof: installing ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "qemu-proof: need root to install ${need[*]}" >&2; exit 2; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java" ] || java=java
jar="$root/releng/org.wasmpart.cli.app/target/wasmpart.jar"
if [ ! -f "$jar" ]; then
  echo "qemu-proof: $jar is not built; run ./test.sh or ./example.sh first" >&2
  exit 2
fi

work="${WASMPART_QEMU_WORK:-$(mktemp -d)}"
mkdir -p "$work"
echo "qemu-proof: $(qemu-system-arm --version | head -1); work in $work"
start=$SECONDS
failures=()
passed=0
infeasible=0

# run_qemu MACHINE ELF LOG [extra QEMU arguments]: the firmware's exit status
run_qemu() {
  local machine="$1" elf="$2" log="$3"
  shift 3
  local status=0
  case "$machine" in
    virt)
      timeout 120 qemu-system-riscv32 -M virt -bios none -display none -nographic -monitor none \
          -serial stdio -kernel "$elf" "$@" </dev/null >"$log" 2>&1 || status=$? ;;
    *)
      timeout 120 qemu-system-arm -M "$machine" -display none -nographic -monitor none -serial none \
          -semihosting-config enable=on,target=native -kernel "$elf" "$@" </dev/null >"$log" 2>&1 || status=$? ;;
  esac
  return $status
}

# prove NAME DESIGN ARCH CPU MACHINE [extra QEMU arguments]
prove() {
  local name="$1" design="$2" arch="$3" cpu="$4" machine="$5"
  shift 5
  local dir="$work/$name"
  rm -rf "$dir" && mkdir -p "$dir"
  if ! "$java" -jar "$jar" generate "$design" -o "$dir/gen" </dev/null >"$dir/generate.log" 2>&1; then
    # A random design may need more entries than a module has; any other refusal is a failure.
    if [ -n "${infeasible_ok:-}" ] && grep -q 'budgetExceeded' "$dir/generate.log" \
        && ! grep ': error: ' "$dir/generate.log" | grep -vq 'budgetExceeded'; then
      echo "--   $name: wasmpart refuses it (no encoding within the budget), not run"
      infeasible=$((infeasible + 1)); return
    fi
    echo "FAIL $name: wasmpart generate failed"; sed 's/^/    /' "$dir/generate.log"
    failures+=("$name"); return
  fi
  if ! "$qemu/build.sh" "$arch" "$cpu" "$dir/gen" "$design" "$dir/fw" >"$dir/build.log" 2>&1; then
    echo "FAIL $name: firmware build failed"; sed 's/^/    /' "$dir/build.log"
    failures+=("$name"); return
  fi
  local status=0
  run_qemu "$machine" "$dir/fw/firmware.elf" "$dir/qemu.log" "$@" || status=$?
  local summary
  summary="$(grep -a 'accesses, ' "$dir/qemu.log" | tail -1 || true)"
  if [ "$status" -eq 0 ] && [[ "$summary" == *": PASS"* ]]; then
    echo "ok   $name ($machine $cpu): $summary"
    passed=$((passed + 1))
  else
    echo "FAIL $name ($machine $cpu): exit status $status"
    grep -a -v '^probe ' "$dir/qemu.log" | tail -20 | sed 's/^/    /'
    failures+=("$name")
  fi
}

# mutant NAME KIND: rebuilds NAME's firmware from a copy of its generated C with one entry
# widened; the run must fail with mismatches (exit status 1), not pass and not break.
mutant() {
  local name="$1" kind="$2" arch="$3" cpu="$4" machine="$5" design="$6"
  shift 6
  local dir="$work/$name-mutant-$kind"
  rm -rf "$dir" && cp -r "$work/$name/gen" "$dir"
  python3 "$qemu/mutate.py" "$work/$name/gen/c/wasmpart_config.c" "$dir/c/wasmpart_config.c" "$kind" \
      | sed 's/^/    /'
  "$qemu/build.sh" "$arch" "$cpu" "$dir" "$design" "$dir/fw" >"$dir/build.log" 2>&1
  local status=0
  run_qemu "$machine" "$dir/fw/firmware.elf" "$dir/qemu.log" "$@" || status=$?
  # The overlap mutant proves PMSAv8's rule: where both regions match, a read both allow faults.
  local must='^MISMATCH'
  [ "$kind" = overlap ] && must='^MISMATCH R .* expect allowed got denied'
  if [ "$status" -eq 1 ] && grep -aq "$must" "$dir/qemu.log"; then
    echo "ok   $name with a widened entry ($kind) fails as it must:"
    grep -a '^MISMATCH' "$dir/qemu.log" | head -3 | sed 's/^/    /'
    passed=$((passed + 1))
  else
    echo "FAIL $name with a widened entry ($kind) was not caught (exit status $status)"
    tail -5 "$dir/qemu.log" | sed 's/^/    /'
    failures+=("$name-mutant-$kind")
  fi
}

d="$qemu/designs"
echo "== test designs generated for QEMU's CPUs"
prove an385 "$d/mps2-an385-ring.wasmpart" arm-m cortex-m3 mps2-an385
prove an386 "$d/mps2-an386-overlay.wasmpart" arm-m cortex-m4 mps2-an386
prove an500 "$d/mps2-an500-16regions.wasmpart" arm-m cortex-m7 mps2-an500 \
    -global driver=cortex-m7-arm-cpu,property=pmsav7-dregion,value=16
prove an505 "$d/mps2-an505-pmsav8.wasmpart" arm-m cortex-m33 mps2-an505
prove virt "$d/riscv32-virt-pmp.wasmpart" riscv32 rv32 virt

# The bundled examples and generation test designs whose tables QEMU can run, on the machine
# closest to their part (docs/QEMU.md says which cannot run and why). Their addresses are the
# real part's: where QEMU has no RAM there, an access the unit lets through ends as a bus error
# (ARM) or reads the bus's default value (virt's PCIe ECAM window), and only the unit's verdict
# is compared.
echo "== bundled examples and generation test designs"
g="$root/bundles/org.wasmpart.core/testdata/generate/designs"
prove example-esp32c3-pmp-shared-heap "$root/examples/esp32c3-pmp-shared-heap.wasmpart" riscv32 rv32 virt
prove testdesign-esp32c3-shared-heap-chain "$g/esp32c3-shared-heap-chain.wasmpart" riscv32 rv32 virt
prove example-stm32f4-sensor-hub-bare-metal "$root/examples/stm32f4-sensor-hub-bare-metal.wasmpart" arm-m cortex-m4 mps2-an386
prove example-nrf5340-audio-bare-metal "$root/examples/nrf5340-audio-bare-metal.wasmpart" arm-m cortex-m33 mps2-an505

if [ "$random" -gt 0 ]; then
  echo "== $random random designs, seed $seed (tests/qemu/random_designs.py)"
  while read -r name arch cpu machine; do
    extra=()
    if [ "$machine" = mps2-an500 ]; then
      extra=(-global driver=cortex-m7-arm-cpu,property=pmsav7-dregion,value=16)
    fi
    infeasible_ok=1 prove "$name" "$work/random/$name.wasmpart" "$arch" "$cpu" "$machine" "${extra[@]}"
  done < <(python3 "$qemu/random_designs.py" "$seed" "$random" "$work/random")
fi

echo "== mutation check: a widened entry must be caught"
mutant an385 permission arm-m cortex-m3 mps2-an385 "$d/mps2-an385-ring.wasmpart"
mutant an385 size arm-m cortex-m3 mps2-an385 "$d/mps2-an385-ring.wasmpart"
mutant an505 permission arm-m cortex-m33 mps2-an505 "$d/mps2-an505-pmsav8.wasmpart"
mutant an505 size arm-m cortex-m33 mps2-an505 "$d/mps2-an505-pmsav8.wasmpart"
mutant an505 overlap arm-m cortex-m33 mps2-an505 "$d/mps2-an505-pmsav8.wasmpart"
mutant virt permission riscv32 rv32 virt "$d/riscv32-virt-pmp.wasmpart"
mutant virt size riscv32 rv32 virt "$d/riscv32-virt-pmp.wasmpart"

echo "qemu-proof: $passed passed, ${#failures[@]} failed, $infeasible random designs refused by wasmpart, in $((SECONDS - start)) s"
if [ ${#failures[@]} -gt 0 ]; then
  echo "qemu-proof: FAILED: ${failures[*]}" >&2
  exit 1
fi
