#!/usr/bin/env bash
# Builds one QEMU test firmware: tests/qemu/build.sh ARCH CPU GENERATED_DIR DESIGN OUT_DIR
#   ARCH  arm-m (CPU: cortex-m3, cortex-m4, cortex-m7, cortex-m33) or riscv32 (CPU: rv32)
# GENERATED_DIR holds what `wasmpart generate` wrote for DESIGN; the probes' expected permissions
# come from DESIGN's grants at the manifest's addresses (expect.py), never from the generated tables.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
arch="$1" cpu="$2" gen="$3" design="$4" out="$5"
mkdir -p "$out"
cflags=(-std=c99 -Wall -Wextra -Werror -ffreestanding -nostdlib -O2 -g
        -I"$gen/c" -I"$out" -I"$here/common")
case "$arch" in
  arm-m)
    case "$cpu" in
      cortex-m33) fw_base=0x10000000 ;;   # mps2-an505: secure alias of SSRAM1, where VTOR_S points
      *)          fw_base=0x00000000 ;;   # mps2-an385/386/500: SSRAM1
    esac
    fw_log2=22                           # 4 MiB, one MPU region
    python3 "$here/expect.py" "$design" "$gen/wasmpart-manifest.json" "$out/expect.h" \
        --firmware "$fw_base:$((1 << fw_log2))"
    arm-none-eabi-gcc -E -P -x c -DFIRMWARE_BASE="$fw_base" -DFIRMWARE_SIZE="$((1 << fw_log2))" \
        "$here/arm-m/link.ld" -o "$out/link.ld"
    arm-none-eabi-gcc "${cflags[@]}" -mcpu="$cpu" -mthumb -mfloat-abi=soft \
        -DFIRMWARE_BASE="${fw_base}u" -DFIRMWARE_SIZE_LOG2="${fw_log2}u" \
        -T "$out/link.ld" -Wl,--gc-sections -Wl,--no-warn-rwx-segments \
        "$here/arm-m/startup.c" "$here/arm-m/platform.c" "$here/arm-m/probe.S" \
        "$here/common/harness.c" "$gen/c/wasmpart_config.c" -lgcc -o "$out/firmware.elf"
    ;;
  riscv32)
    fw_base=0x80000000 fw_log2=20        # 1 MiB at the start of DRAM, one NAPOT entry
    python3 "$here/expect.py" "$design" "$gen/wasmpart-manifest.json" "$out/expect.h" \
        --firmware "$fw_base:$((1 << fw_log2))"
    riscv64-unknown-elf-gcc -E -P -x c -DFIRMWARE_BASE="$fw_base" -DFIRMWARE_SIZE="$((1 << fw_log2))" \
        "$here/riscv32/link.ld" -o "$out/link.ld"
    riscv64-unknown-elf-gcc "${cflags[@]}" -march=rv32imac_zicsr -mabi=ilp32 -mcmodel=medany -mno-relax \
        -DFIRMWARE_BASE="${fw_base}u" -DFIRMWARE_SIZE_LOG2="${fw_log2}u" \
        -T "$out/link.ld" -Wl,--no-relax -Wl,--gc-sections -Wl,--no-warn-rwx-segments \
        "$here/riscv32/start.S" "$here/riscv32/platform.c" \
        "$here/common/harness.c" "$gen/c/wasmpart_config.c" -lgcc -o "$out/firmware.elf"
    ;;
  *) echo "build.sh: unknown architecture $arch" >&2; exit 2 ;;
esac
