package org.wasmpart.core.protection;

import java.util.SequencedMap;

/** One programmed entry of a protection unit, with its decoded fields and raw register values. */
public sealed interface HardwareEntry permits PmsaV7Region, PmsaV8Region, PmpEntry, MmuMapping {

    /** The entry's number in the unit (region number, PMP entry index). */
    int index();

    /** The raw register values that program this entry, by register name (RBAR, RASR, pmpaddr3, ...). */
    SequencedMap<String, Long> registers();

    /** One line for people: the span, the access and the encoding. */
    String describe();
}
