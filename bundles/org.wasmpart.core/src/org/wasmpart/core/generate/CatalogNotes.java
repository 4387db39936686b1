package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.wasmpart.core.Designs;
import org.wasmpart.model.Design;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;

/**
 * Where the facts the isolation rests on come from, as far as they are not confirmed: the
 * catalog's unverified sources ({@code verified="false"}) of the board, core, protection unit, banks,
 * runtime, memory option and RTOS/runtime profiles the design uses, and the objects the design
 * defines itself, which carry no source and are taken as stated.
 *
 * @param unverified each unverified source, with the object whose facts it names
 * @param unsourced  objects without any source: the design's own definitions
 */
record CatalogNotes(List<Note> unverified, List<Sourced> unsourced) {

    /** An unverified source of one object. */
    record Note(Sourced object, Source source) {
    }

    /**
     * @param banks the banks the design's memories lie in; other banks of the board do not
     *              matter to the isolation
     */
    static CatalogNotes of(Design design, List<BankUse> banks) {
        Set<Sourced> objects = new LinkedHashSet<>();
        objects.add(design.getBoard());
        Designs.core(design).ifPresent(objects::add);
        Designs.protectionUnit(design).ifPresent(objects::add);
        banks.forEach(b -> objects.add(b.bank()));
        objects.add(design.getRuntime());
        objects.add(design.getMemoryOption());
        objects.addAll(design.getProfiles());
        List<Note> unverified = new ArrayList<>();
        List<Sourced> unsourced = new ArrayList<>();
        for (Sourced o : objects) {
            if (o == null) {
                continue;
            }
            if (o.getSources().isEmpty()) {
                unsourced.add(o);
            }
            o.getSources().stream().filter(s -> !s.isVerified()).forEach(s -> unverified.add(new Note(o, s)));
        }
        return new CatalogNotes(List.copyOf(unverified), List.copyOf(unsourced));
    }
}
