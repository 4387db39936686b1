#!/usr/bin/env python3
"""Writes the probe table a QEMU test firmware checks, from a design and its generated manifest.

The expected permission of every byte comes from what the design declares -- each module's
private memory is RW, each grant gives its permission on its region or subpartition -- placed at
the addresses the manifest gives. The hardware entries (the tables under test) are never read.

usage: expect.py DESIGN.wasmpart MANIFEST.json OUT.h --firmware BASE:SIZE [--firmware BASE:SIZE]
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET

NONE, READ, READ_WRITE = 0, 1, 2
LEVEL = {"R": READ, "RX": READ, "RW": READ_WRITE, "RWX": READ_WRITE}


def number(text):
    return int(text, 16) if isinstance(text, str) else int(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("design")
    parser.add_argument("manifest")
    parser.add_argument("out")
    parser.add_argument("--firmware", action="append", default=[],
                        help="BASE:SIZE the firmware itself uses; no probe may land there")
    args = parser.parse_args()

    with open(args.manifest, encoding="ascii") as f:
        manifest = json.load(f)
    design = ET.parse(args.design).getroot()

    # Every range a grant may name, by id, at the addresses the manifest placed it.
    ranges = {}
    for region in manifest.get("regions", []):
        ranges[region["id"]] = (number(region["base"]), region["size"], region["name"])
        for sub in region.get("subpartitions", []):
            ranges[sub["id"]] = (number(sub["base"]), sub["size"], region["name"] + "." + sub["name"])

    modules = []  # (index, cName, [(base, size, level, label)])
    by_id = {m["id"]: m for m in manifest["modules"]}
    for element in design.iter():
        if element.tag != "modules" or element.get("id") not in by_id:
            continue
        m = by_id[element.get("id")]
        granted = [(number(m["base"]), m["size"], READ_WRITE, m["name"] + " (private)")]
        for grant in element.findall("grants"):
            target = grant.get("target").lstrip("#")
            base, size, label = ranges[target]
            granted.append((base, size, LEVEL[grant.get("permission", "R")], label))
        modules.append((m["index"], m["cName"], granted))
    modules.sort()
    if len(modules) != len(manifest["modules"]):
        sys.exit("expect.py: the design's modules do not match the manifest's")

    firmware = []
    for spec in args.firmware:
        base, size = spec.split(":")
        firmware.append((int(base, 0), int(size, 0)))

    # The first byte of every range in the design: each module is probed on the others' too.
    everything = sorted({(b, s, l) for _, _, g in modules for (b, s, _, l) in g})

    lines = []
    count = 0
    for index, cname, granted in modules:
        def level(address):
            return max([lv for (b, s, lv, _) in granted if b <= address < b + s], default=NONE)

        probes = {}
        for base, size, _, label in granted:
            for address, where in ((base, "first byte of "), (base + size - 1, "last byte of "),
                                   (base - 1, "byte below "), (base + size, "byte above ")):
                if 0 <= address <= 0xFFFFFFFF:
                    probes.setdefault(address, where + label)
        for base, size, label in everything:
            probes.setdefault(base, "first byte of " + label)
        for address in sorted(probes):
            for fb, fs in firmware:
                if fb <= address < fb + fs:
                    sys.exit("expect.py: probe 0x%08X (%s) lands in the firmware's memory" % (address, probes[address]))
            lines.append('    { %du, UINT32_C(0x%08X), %d, "%s: %s" },' % (index, address, level(address), cname, probes[address]))
            count += 1

    with open(args.out, "w", encoding="ascii") as out:
        out.write("/* written by tests/qemu/expect.py from %s and its manifest -- expected permissions */\n" % args.design.split("/")[-1])
        out.write("#include <stdint.h>\n")
        out.write("typedef struct { uint32_t module; uint32_t address; uint32_t level; const char *what; } probe_t;\n")
        out.write("#define PROBE_NONE 0u\n#define PROBE_READ 1u\n#define PROBE_READ_WRITE 2u\n")
        out.write("#define PROBE_COUNT %du\n" % count)
        out.write("static const probe_t probes[PROBE_COUNT] = {\n")
        out.write("\n".join(lines) + "\n};\n")


if __name__ == "__main__":
    main()
