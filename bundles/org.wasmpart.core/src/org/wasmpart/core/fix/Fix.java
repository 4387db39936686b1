package org.wasmpart.core.fix;

import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.wasmpart.core.validation.DiagnosticCode;

/**
 * One way to resolve a finding: what the user is offered (the label), what it resolves, and the
 * undoable command that does it. Quick fixes in the editor and scripts call these; they never
 * change a design by any other means.
 *
 * @param kind     what the fix does, whatever it does it to
 * @param label    the action, for a menu: "Move base to 0x20000100"
 * @param resolves the diagnostic codes the command makes disappear
 * @param command  makes a fresh command each time, to execute on the design's command stack
 */
public record Fix(Kind kind, String label, Set<DiagnosticCode> resolves, Supplier<Command> command) {

    /**
     * The fix operations. A repeatable one is made from the finding's own object and data alone,
     * so a quick fix chosen for one marker can be applied to the others of its code (each where
     * its object is of the kind the fix changes); the rest depend on the design around the object
     * (a bank that is free, a neighbour to merge with) or act on the whole design (re-lay out).
     */
    public enum Kind {
        ALIGN(true), ROUND_SIZE(true), RENAME(true), GRANT_RW(true), GRANT_RX(true), ONLY_WRITER(true),
        CONSUMER_READS_DATA(true), DISABLE_REFERENCE_TYPES(true), RUST_MVP_TARGET(true), LET_LAYOUT_PLACE(true),
        RELAYOUT(false), SERVE_FROM_RESERVED_ENTRY(false), USE_SUBREGIONS(false), MOVE_TO_BANK(false), SPLIT(false),
        MERGE(false);

        private final boolean repeatable;

        Kind(boolean repeatable) {
            this.repeatable = repeatable;
        }

        public boolean repeatable() {
            return repeatable;
        }
    }
}
