#!/usr/bin/env python3
"""Writes a seeded batch of random designs for the QEMU boards of tests/qemu/designs.

usage: random_designs.py SEED COUNT OUT_DIR
Each design takes its board (the design-local definitions) from one of the fixed test designs,
cycling PMSAv7 (mps2-an500 with 16 regions), PMSAv8 (mps2-an505) and PMP (virt), and has 2 to 4 modules and 1 to
4 shared regions (some with subpartitions) at fixed bases with random gaps, and random R/RW
grants. Some designs need more entries than a module has: wasmpart then refuses to generate them,
and the proof counts them as infeasible, not as failures. Prints one line per design:
NAME ARCH CPU MACHINE.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BOARDS = [  # fixed design to take the board from, grain, arch, cpu, machine
    ("mps2-an500-16regions.wasmpart", 32, "arm-m", "cortex-m7", "mps2-an500"),
    ("mps2-an505-pmsav8.wasmpart", 32, "arm-m", "cortex-m33", "mps2-an505"),
    ("riscv32-virt-pmp.wasmpart", 4, "riscv32", "rv32", "virt"),
]


def board(fixed):
    text = open(os.path.join(HERE, "designs", fixed), encoding="utf-8").read()
    definitions = re.search(r"  <definitions .*?</definitions>\n", text, re.S).group(0)
    board_id = re.search(r'board="#([^"]+)"', text).group(1)
    bank = re.search(r'<banks id="([^"]+)"[^>]*base="(0x[0-9A-Fa-f]+)"', text)
    return definitions, board_id, bank.group(1), int(bank.group(2), 16)


def design(seed, index, out_dir):
    rng = random.Random(seed * 1000003 + index)
    fixed, grain, arch, cpu, machine = BOARDS[index % len(BOARDS)]
    fine = grain
    if grain == 32 and arch == "arm-m" and cpu != "cortex-m33" and rng.random() < 0.7:
        grain = 256  # PMSAv7 needs aligned power-of-two blocks: coarser sizes fit its budget more often
    definitions, board_id, bank, base = board(fixed)
    name = "random_%d_%d" % (seed, index)
    address = base + rng.randrange(0, 64) * grain

    def size(largest):
        # Mostly sizes that are multiples of the grain, some powers of two.
        if rng.random() < 0.3:
            return 1 << rng.randrange(fine.bit_length() - 1, largest.bit_length())
        return rng.randrange(1, largest // grain + 1) * grain

    def place(length):
        nonlocal address
        if rng.random() < 0.3:
            address += rng.randrange(1, 32) * grain  # a gap
        here = address
        address += length
        return here

    modules = []
    for m in range(rng.randrange(2, 5)):
        lm = size(16384)
        stack = size(2048)
        modules.append(("m%d" % m, lm, stack, place(lm + stack)))
    regions = []
    for r in range(rng.randrange(1, 5)):
        length = size(8192)
        subs = []
        if length >= 4 * grain and rng.random() < 0.4:
            cut = rng.randrange(1, length // grain) * grain
            subs = [("lo", 0, cut), ("hi", cut, length - cut)]
        regions.append(("r%d" % r, length, place(length), subs))

    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"',
             '    id="%s" name="%s" description="Random design %d of seed %d, generated for QEMU\'s CPU (%s, %s) by tests/qemu/random_designs.py."'
             % (name, name, index, seed, machine, cpu),
             '    board="#%s" runtime="wasmpart:/catalog/runtimes#wamr-2.x-interp"' % board_id,
             '    profiles="wasmpart:/catalog/profiles#bare-metal wasmpart:/catalog/profiles#wamr" memoryOption="wasmpart:/catalog/options#mpu-partitions">',
             definitions.rstrip("\n")]
    for mid, lm, stack, at in modules:
        lines.append('  <modules id="%s" name="%s" linearMemory="%d" stack="%d" base="0x%08X" bank="#%s">' % (mid, mid, lm, stack, at, bank))
        lines.append('    <toolchain kind="wasi-sdk" version="25" target="wasm32-wasip1" flags="-mcpu=mvp"/>')
        lines.append('    <disabledFeatures>reference-types</disabledFeatures>')
        for rid, _, _, subs in regions:
            if rng.random() < 0.5:
                targets = [rid]
                if subs and rng.random() < 0.5:
                    targets = ["%s.%s" % (rid, s[0]) for s in subs if rng.random() < 0.7] or [rid]
                for target in targets:
                    permission = rng.choice(["R", "RW"])
                    lines.append('    <grants target="#%s" permission="%s" role="%s"/>'
                                 % (target, permission, "writer" if permission == "RW" else "reader"))
        lines.append('  </modules>')
    for rid, length, at, subs in regions:
        lines.append('  <regions id="%s" name="%s" size="%d" base="0x%08X" bank="#%s">' % (rid, rid, length, at, bank))
        for sid, offset, sl in subs:
            lines.append('    <subpartitions id="%s.%s" name="%s" size="%d" offset="%d"/>' % (rid, sid, sid, sl, offset))
        lines.append('    <discipline kind="lock-protected"/>')
        lines.append('  </regions>')
    lines.append('</wasmpart:Design>')
    path = os.path.join(out_dir, name + ".wasmpart")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(name, arch, cpu, machine)


def main():
    seed, count, out_dir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(out_dir, exist_ok=True)
    for index in range(count):
        design(seed, index, out_dir)


if __name__ == "__main__":
    main()
