#!/usr/bin/env python3
"""Widens one entry of a generated wasmpart_config.c, to prove the QEMU harness catches it.

usage: mutate.py IN.c OUT.c permission|size|overlap
  permission  the first entry that is read-only for unprivileged/user code becomes writable
              (PMSAv7 AP -> 011, PMSAv8 AP[2:1] 11 -> 01, PMP cfg gains W)
  size        the first entry grows (PMSAv7 SIZE + 1, PMSAv8 LIMIT + 32 bytes, PMP TOR top + 4 bytes)
  overlap     PMSAv8 only: the first region that ends where the module's next one starts grows by
              32 bytes into it; on PMSAv8 an address two regions match faults, so even an access
              both regions allow is refused there
Prints the entry before and after; exits 1 when no entry fits the mutation.
"""
import re
import sys

V7 = re.compile(r"\{ UINT32_C\((0x[0-9A-F]{8})\), UINT32_C\((0x[0-9A-F]{8})\) \}")
V8 = re.compile(r"\{ (\d+)u, UINT32_C\((0x[0-9A-F]{8})\), UINT32_C\((0x[0-9A-F]{8})\) \}")
PMP = re.compile(r"\{ (\d+)u, UINT32_C\((0x[0-9A-F]{8})\), (0x[0-9A-F]{2})u \}")


def mutate(line, kind):
    m = V8.search(line)
    if m:
        rnr, rbar, rlar = m.group(1), int(m.group(2), 16), int(m.group(3), 16)
        if kind == "permission" and (rbar >> 1) & 3 == 3:
            rbar = (rbar & ~0x6) | (1 << 1)
        elif kind == "size":
            rlar += 0x20
        else:
            return None
        return line[:m.start()] + "{ %su, UINT32_C(0x%08X), UINT32_C(0x%08X) }" % (rnr, rbar, rlar) + line[m.end():]
    m = PMP.search(line)
    if m:
        index, addr, cfg = m.group(1), int(m.group(2), 16), int(m.group(3), 16)
        mode = (cfg >> 3) & 3
        if kind == "permission" and mode != 0 and cfg & 1 and not cfg & 2:
            cfg |= 2
        elif kind == "size" and mode == 1:  # TOR
            addr += 1
        else:
            return None
        return line[:m.start()] + "{ %su, UINT32_C(0x%08X), 0x%02Xu }" % (index, addr, cfg) + line[m.end():]
    m = V7.search(line)
    if m:
        rbar, rasr = int(m.group(1), 16), int(m.group(2), 16)
        ap = (rasr >> 24) & 7
        if kind == "permission" and ap in (2, 6, 7):
            rasr = (rasr & ~(7 << 24)) | (3 << 24)
        elif kind == "size" and rasr & 1:
            rasr += 1 << 1
        else:
            return None
        return line[:m.start()] + "{ UINT32_C(0x%08X), UINT32_C(0x%08X) }" % (rbar, rasr) + line[m.end():]
    return None


def overlap(lines):
    previous = None
    for i, line in enumerate(lines):
        m = V8.search(line)
        if m and previous is not None:
            j, pm = previous
            if int(m.group(2), 16) & ~0x1F == (int(pm.group(3), 16) & ~0x1F) + 0x20:
                changed = lines[j][:pm.start()] + "{ %su, UINT32_C(%s), UINT32_C(0x%08X) }" % (
                    pm.group(1), pm.group(2), int(pm.group(3), 16) + 0x20) + lines[j][pm.end():]
                return j, changed
        previous = (i, m) if m else None
    return None


def main():
    source, target, kind = sys.argv[1:4]
    lines = open(source, encoding="ascii").read().split("\n")
    if kind == "overlap":
        found = overlap(lines)
        if found is None:
            sys.exit("mutate.py: no PMSAv8 region ends where the next one starts in %s" % source)
        j, changed = found
        print("mutated (overlap):\n  %s\n  %s" % (lines[j].strip(), changed.strip()))
        lines[j] = changed
        open(target, "w", encoding="ascii").write("\n".join(lines))
        return
    for i, line in enumerate(lines):
        changed = mutate(line, kind)
        if changed is not None:
            print("mutated (%s):\n  %s\n  %s" % (kind, line.strip(), changed.strip()))
            lines[i] = changed
            open(target, "w", encoding="ascii").write("\n".join(lines))
            return
    sys.exit("mutate.py: no entry to widen by %s in %s" % (kind, source))


if __name__ == "__main__":
    main()
