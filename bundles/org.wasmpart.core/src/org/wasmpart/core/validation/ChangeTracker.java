package org.wasmpart.core.validation;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.wasmpart.core.Designs;
import org.wasmpart.model.AccessDiscipline;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * Listens to every change inside a design and remembers, until the next validation pass, which
 * features changed and which modules and regions were touched. A change it cannot narrow down
 * (the board, the runtime, a board defined in the design, reservations) marks everything.
 */
final class ChangeTracker extends EContentAdapter {

    private final Set<EStructuralFeature> features = new HashSet<>();
    private final Set<WasmModule> modules = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<SharedRegion> regions = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean everything = true;
    private boolean structure = true;

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (n.isTouch() || n.getEventType() == Notification.REMOVING_ADAPTER
                || !(n.getFeature() instanceof EStructuralFeature feature)) {
            return;
        }
        features.add(feature);
        grantTargets(n.getOldValue());
        grantTargets(n.getNewValue());
        if (n.getNotifier() instanceof Grant g && feature == Literals.GRANT__TARGET) {
            region(n.getOldValue());
            region(n.getNewValue());
        }
        switch (n.getNotifier()) {
            case WasmModule m -> modules.add(m);
            case Grant g when g.getModule() != null -> {
                modules.add(g.getModule());
                region(g.getTarget());
            }
            case Toolchain t when t.eContainer() instanceof WasmModule m -> modules.add(m);
            case SharedRegion r -> regions.add(r);
            case Subpartition s -> region(s);
            case AccessDiscipline d -> {
                // disciplines constrain grants, not what a module can reach
            }
            case Design d when feature == Literals.DESIGN__MODULES -> {
                addedModules(n);
                structure = true;
            }
            case Design d when feature == Literals.IDENTIFIED__NAME || feature == Literals.IDENTIFIED__DESCRIPTION -> {
                // the design's own name reaches no finding
            }
            default -> everything = true;
        }
    }

    /** A grant added or removed changes what its region's modules may do there. */
    private void grantTargets(Object value) {
        if (value instanceof Grant g) {
            region(g.getTarget());
        } else if (value instanceof Iterable<?> many) {
            many.forEach(this::grantTargets);
        }
    }

    private void region(Object target) {
        SharedRegion r = Designs.regionOf(target);
        if (r != null) {
            regions.add(r);
        }
    }

    private void addedModules(Notification n) {
        if (n.getNewValue() instanceof WasmModule m) {
            modules.add(m);
        } else if (n.getNewValue() instanceof Iterable<?> added) {
            added.forEach(o -> {
                if (o instanceof WasmModule m) {
                    modules.add(m);
                }
            });
        }
    }

    boolean everything() {
        return everything;
    }

    /** Whether modules or regions were added, removed or moved in their lists. */
    boolean structure() {
        return everything || structure;
    }

    boolean touched(Set<EStructuralFeature> inputs) {
        return everything || !Collections.disjoint(features, inputs);
    }

    Set<WasmModule> modules() {
        return modules;
    }

    Set<SharedRegion> regions() {
        return regions;
    }

    /** Forgets what was seen: the pass that asked has taken it into account. */
    void reset() {
        features.clear();
        modules.clear();
        regions.clear();
        everything = false;
        structure = false;
    }
}
