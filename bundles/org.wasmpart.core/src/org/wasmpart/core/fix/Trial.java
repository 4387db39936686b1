package org.wasmpart.core.fix;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.EncodingFailure;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmModule;

/**
 * A change tried on a copy of the design before it is offered, to tell what it would do to the
 * modules' protection budgets as validation counts them. The design itself is never touched, so
 * nothing needs undoing and no listener sees the trial.
 */
final class Trial {

    private final EcoreUtil.Copier copier = new EcoreUtil.Copier();

    private Trial() {
    }

    /** The change applied to the copy of the target. */
    @SuppressWarnings("unchecked")
    static <T extends EObject> Trial of(T target, Consumer<T> change) {
        Trial trial = new Trial();
        trial.copier.copy(EcoreUtil.getRootContainer(target));
        trial.copier.copyReferences();
        change.accept((T) trial.copier.get(target));
        return trial;
    }

    /**
     * Entries the module needs beyond those free for it (negative: entries to spare); empty when
     * they are not counted (no unit isolates the modules, something has no address, or an edge is
     * off the granule). Entries reserved in every domain count as not free.
     */
    static OptionalInt excess(WasmModule module) {
        return DesignValidator.encoding(module).map(encoding -> switch (encoding) {
            case Encoding.Encoded e -> OptionalInt.of(e.entries().size() - e.available());
            case Encoding.Infeasible i when i.reason() == EncodingFailure.BUDGET_EXCEEDED ->
                    OptionalInt.of(i.needed() - i.available());
            case Encoding.Infeasible i -> OptionalInt.empty();
        }).orElse(OptionalInt.empty());
    }

    /**
     * What the change does for a module over its budget: empty when it does not lower what the
     * module needs (its own entries and those reserved in every domain together) or when it puts a
     * module that fits now over its budget or out of count; else the codes it makes disappear —
     * the module's budget finding when it then fits, none when it only comes closer.
     */
    Optional<Set<DiagnosticCode>> budget(WasmModule module) {
        OptionalInt before = excess(module);
        OptionalInt after = excess(copyOf(module));
        if (before.isEmpty() || after.isEmpty() || after.getAsInt() >= before.getAsInt()) {
            return Optional.empty();
        }
        for (WasmModule m : ((Design) EcoreUtil.getRootContainer(module)).getModules()) {
            OptionalInt was = excess(m);
            OptionalInt now = excess(copyOf(m));
            if (was.isPresent() && was.getAsInt() <= 0 && (now.isEmpty() || now.getAsInt() > 0)) {
                return Optional.empty();
            }
        }
        return Optional.of(after.getAsInt() <= 0 ? Set.of(DiagnosticCode.BUDGET_EXCEEDED) : Set.of());
    }

    @SuppressWarnings("unchecked")
    private <T extends EObject> T copyOf(T original) {
        return (T) copier.get(original);
    }
}
