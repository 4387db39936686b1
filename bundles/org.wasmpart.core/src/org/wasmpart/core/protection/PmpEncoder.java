package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.List;

import org.wasmpart.model.ProtectionKind;

/**
 * RISC-V PMP for U-mode: TOR, NA4 and NAPOT entries where the lowest-numbered match wins and no
 * match denies. The layout is the cheapest {@link PmpLayout} finds; PMP has no memory types, so
 * touching ranges with the same access share entries whatever their type.
 */
public final class PmpEncoder implements ProtectionEncoder {

    @Override
    public ProtectionKind kind() {
        return ProtectionKind.PMP;
    }

    /** The grain; without TOR every edge must fall on a NAPOT block (8 bytes at least) unless NA4 exists. */
    @Override
    public long granule(UnitParameters unit) {
        return unit.tor() || unit.na4() ? unit.granularity() : Math.max(8, unit.granularity());
    }

    /** PMP entries carry permissions only (memory attributes are the PMA's), so only accesses part ranges. */
    @Override
    public int entryFloor(AccessSet accessSet) {
        return accessSet.accessKinds();
    }

    @Override
    public String entryKinds() {
        return "accesses";
    }

    /** A NAPOT entry covers a power of two aligned to itself: one entry instead of a TOR pair. */
    @Override
    public List<Long> alignmentsWorthTrying(long size, long granule) {
        return List.of(ProtectionEncoder.holdingBlock(size, granule));
    }

    @Override
    public List<Long> roundingsWorthTrying(long size, long granule) {
        return List.of(ProtectionEncoder.holdingBlock(size, granule));
    }

    @Override
    public Encoding encode(AccessSet accessSet, UnitParameters unit) {
        List<AccessRange> runs = accessSet.runsByAccess();
        int available = unit.available();
        if (runs.isEmpty()) {
            return new Encoding.Encoded(List.of(), available);
        }
        long grain = granule(unit);
        AccessRange misaligned = OffGrain.first(runs, grain);
        int needed = misaligned == null ? layout(runs, unit).cost() : 0;
        if (available == 0) {
            return new Encoding.Infeasible(EncodingFailure.NO_FREE_ENTRIES, null, needed, 0,
                    "all " + unit.entryCount() + " PMP entries are taken (" + unit.lockedEntries()
                            + " locked before the application runs, " + unit.reserved()
                            + " reserved by the RTOS and runtime), none is left for " + accessSet.domain()
                            + "; boot without the bootloader locking the PMP, reserve fewer entries, "
                            + "or enforce the memory option in software");
        }
        if (misaligned != null) {
            return OffGrain.refuse(misaligned, grain, grain + "-byte PMP grain", 0, available);
        }
        if (needed > available) {
            return new Encoding.Infeasible(EncodingFailure.BUDGET_EXCEEDED, null, needed, available,
                    accessSet.domain() + " needs " + needed + " PMP entries, but " + available
                            + " are free; align ranges to their power-of-two size (one NAPOT entry each), "
                            + "place ranges next to each other so TOR entries share boundaries, "
                            + "or grant fewer separate ranges");
        }
        List<HardwareEntry> entries = new ArrayList<>();
        emit(layout(runs, unit), unit.firstFree(), entries);
        return new Encoding.Encoded(entries, available);
    }

    private static PmpLayout.Layout layout(List<AccessRange> runs, UnitParameters unit) {
        List<PmpLayout.Piece> pieces = runs.stream()
                .map(r -> new PmpLayout.Piece(r.base(), r.end(), r.access())).toList();
        return new PmpLayout(pieces, unit.granularity(), unit.na4(), unit.tor()).solve(unit.firstFree() == 0);
    }

    private static void emit(PmpLayout.Layout layout, int firstIndex, List<HardwareEntry> entries) {
        for (PmpLayout.Item item : layout.items()) {
            switch (item) {
                case PmpLayout.Single(PmpLayout.Piece piece, PmpMode mode, boolean withBottom) -> {
                    if (withBottom) {
                        entries.add(new PmpEntry(firstIndex + entries.size(), PmpMode.OFF, false, false, false,
                                false, piece.base() >>> 2));
                    }
                    long pmpaddr = switch (mode) {
                        case NAPOT -> PmpEntry.napot(piece.base(), piece.size());
                        case NA4 -> piece.base() >>> 2;
                        case TOR -> piece.end() >>> 2;
                        case OFF -> throw new IllegalStateException("PmpLayout gives no piece by an OFF entry");
                    };
                    entries.add(entry(firstIndex + entries.size(), mode, piece.access(), pmpaddr));
                }
                case PmpLayout.Split(PmpLayout.Piece piece, List<long[]> blocks) -> {
                    for (long[] block : blocks) {
                        entries.add(block[1] == 4
                                ? entry(firstIndex + entries.size(), PmpMode.NA4, piece.access(), block[0] >>> 2)
                                : entry(firstIndex + entries.size(), PmpMode.NAPOT, piece.access(),
                                        PmpEntry.napot(block[0], block[1])));
                    }
                }
                case PmpLayout.Block(long base, long size, Access access, PmpLayout.Layout inside) -> {
                    emit(inside, firstIndex, entries);
                    entries.add(entry(firstIndex + entries.size(), PmpMode.NAPOT, access, PmpEntry.napot(base, size)));
                }
            }
        }
    }

    private static PmpEntry entry(int index, PmpMode mode, Access access, long pmpaddr) {
        return new PmpEntry(index, mode, access.read(), access.write(), access.execute(), false, pmpaddr);
    }
}
