package org.wasmpart.core;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** A design file could not be read into a usable model; carries every located problem found. */
public final class DesignLoadException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public DesignLoadException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
