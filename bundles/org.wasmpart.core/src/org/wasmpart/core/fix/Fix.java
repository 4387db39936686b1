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
 * @param label    the action, for a menu: "Move base to 0x20000100"
 * @param resolves the diagnostic codes the command makes disappear
 * @param command  makes a fresh command each time, to execute on the design's command stack
 */
public record Fix(String label, Set<DiagnosticCode> resolves, Supplier<Command> command) {
}
