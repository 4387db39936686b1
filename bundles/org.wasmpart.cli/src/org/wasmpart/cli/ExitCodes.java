package org.wasmpart.cli;

/** Exit codes of every wasmpart command, documented in the help and in docs/CLI.md. */
final class ExitCodes {

    static final int OK = 0;
    static final int WARNINGS = 1;
    static final int ERRORS = 2;
    static final int UNREADABLE_INPUT = 3;
    static final int USAGE = 64;
    static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}
