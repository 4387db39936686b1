package org.wasmpart.core;

import java.util.List;

import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;

/** What the catalog says about where a fact comes from and whether it was confirmed. */
public final class Facts {

    private Facts() {
    }

    /** The sources that name the given feature of the object. */
    public static List<Source> sourcesOf(Sourced object, String feature) {
        return object.getSources().stream().filter(s -> s.getFacts().contains(feature)).toList();
    }

    /** A fact is verified when at least one of its sources is, and it has a source at all. */
    public static boolean isVerified(Sourced object, String feature) {
        return sourcesOf(object, feature).stream().anyMatch(Source::isVerified);
    }

    /**
     * The value followed by "(unverified)" when the catalog has no verified source for it. Objects
     * without any source are the user's own (a board defined in a design): they are taken as stated.
     */
    public static String mark(Sourced object, String feature, Object value) {
        boolean flagged = !object.getSources().isEmpty() && !isVerified(object, feature);
        return flagged ? value + " (unverified)" : String.valueOf(value);
    }
}
