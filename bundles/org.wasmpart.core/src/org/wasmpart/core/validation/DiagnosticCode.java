package org.wasmpart.core.validation;

/**
 * Every finding wasmpart reports, with a stable id and number: markers, quick fixes, the CLI's
 * JSON and users' scripts key on these, never on message text. Ids and numbers are never reused.
 */
public enum DiagnosticCode {
    BUDGET_EXCEEDED(1001, "protection.budgetExceeded", Severity.ERROR,
            "a module needs more protection entries than its unit has left after reserved and locked ones"),
    NO_FREE_ENTRIES(1002, "protection.noFreeEntries", Severity.ERROR,
            "every entry of the protection unit is locked or reserved"),
    ENTRY_MISALIGNED(1003, "protection.misaligned", Severity.ERROR,
            "a fixed base or a size cannot be matched exactly by the unit's entries"),
    NO_HARDWARE_PROTECTION(1004, "protection.none", Severity.ERROR,
            "modules have different permissions but nothing enforces them"),
    LAYOUT_PENDING(1005, "protection.layoutPending", Severity.INFO,
            "a module or region has no address yet, so its entries are not counted until layout"),
    SHARED_ENTRY_GRANTS(1006, "protection.sharedEntryGrants", Severity.ERROR,
            "a reserved entry serves a region in every module's domain, but the modules are not all granted it alike"),
    REGION_OVERLAP(1101, "layout.overlap", Severity.ERROR, "two placed memories overlap"),
    REGION_OUTSIDE_BANK(1102, "layout.outsideBank", Severity.ERROR,
            "a placed memory is not inside its bank, or inside no bank"),
    BANK_CAPACITY_EXCEEDED(1103, "layout.bankCapacity", Severity.ERROR,
            "the memories assigned to a bank do not fit in it"),
    SUBPARTITION_OUTSIDE_REGION(1104, "layout.subpartitionOutside", Severity.ERROR,
            "a subpartition reaches past the end of its region"),
    SUBPARTITION_OVERLAP(1105, "layout.subpartitionOverlap", Severity.ERROR, "two subpartitions of a region overlap"),
    WRITABLE_EXECUTABLE(1201, "grant.writableExecutable", Severity.ERROR, "a grant is both writable and executable"),
    GRANT_MISSING_TARGET(1202, "grant.missingTarget", Severity.ERROR, "a grant names no region"),
    NAME_NOT_C_IDENTIFIER(1301, "name.notCIdentifier", Severity.ERROR,
            "a name that reaches generated C is not a valid C identifier"),
    NAME_DUPLICATE(1302, "name.duplicate", Severity.ERROR, "two objects that generated C names alike share a name"),
    OPTION_UNSUPPORTED_BY_BOARD(1401, "option.board", Severity.ERROR,
            "the memory option needs protection hardware the board does not have"),
    OPTION_UNSUPPORTED_BY_RUNTIME(1402, "option.runtime", Severity.ERROR,
            "the memory option needs a runtime, capability or Wasm feature the runtime profile lacks"),
    SHARED_HEAP_SIZE(1403, "option.sharedHeapSize", Severity.ERROR, "a WAMR shared heap is outside 256 B .. 1 GiB"),
    SHARED_HEAP_PAGE(1404, "option.sharedHeapPage", Severity.WARNING,
            "a WAMR shared heap is not a whole number of runtime pages and will be rounded up"),
    SHARED_HEAP_PER_INSTANCE(1405, "option.sharedHeapPerInstance", Severity.ERROR,
            "a module instance is given more shared heaps than the runtime attaches"),
    SHARED_HEAP_READ_ONLY(1406, "option.sharedHeapReadOnly", Severity.ERROR,
            "a read-only grant on a WAMR shared heap is not enforced without protection hardware"),
    REFERENCE_TYPES_MISMATCH(1501, "toolchain.referenceTypes", Severity.ERROR,
            "a module's toolchain emits reference types by default but the runtime has them off"),
    RUST_STABLE_STD_REFERENCE_TYPES(1502, "toolchain.rustStableStd", Severity.ERROR,
            "Rust stable cannot turn reference types off for a std target"),
    DISCIPLINE_TWO_WRITERS(1601, "discipline.twoWriters", Severity.ERROR,
            "more than one module may write an exclusive-writer region"),
    DISCIPLINE_CONSUMER_WRITES_DATA(1602, "discipline.consumerWritesData", Severity.ERROR,
            "the consumer of a single-producer/single-consumer ring may write its data");

    /** The source of the EMF diagnostics wasmpart creates. */
    public static final String SOURCE = "org.wasmpart.core";

    private final int number;
    private final String id;
    private final Severity severity;
    private final String summary;

    DiagnosticCode(int number, String id, Severity severity, String summary) {
        this.number = number;
        this.id = "wasmpart." + id;
        this.severity = severity;
        this.summary = summary;
    }

    /** The stable number, used as the EMF diagnostic code. */
    public int number() {
        return number;
    }

    /** The stable id, e.g. {@code wasmpart.protection.budgetExceeded}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }

    public static DiagnosticCode byId(String id) {
        for (DiagnosticCode c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no diagnostic code " + id);
    }
}
