package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.wasmpart.core.Designs;
import org.wasmpart.model.AccessDiscipline;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Permission;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/** Grants must not contradict the access discipline declared for a region. */
final class DisciplineCheck extends FeatureCheck {

    DisciplineCheck() {
        super(GRANTS, Literals.SHARED_REGION__DISCIPLINE,
                Literals.ACCESS_DISCIPLINE__KIND,
                Literals.ACCESS_DISCIPLINE__WRITER,
                Literals.ACCESS_DISCIPLINE__PRODUCER,
                Literals.ACCESS_DISCIPLINE__CONSUMER,
                Literals.ACCESS_DISCIPLINE__CONTROL);
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        for (SharedRegion r : design.getRegions()) {
            AccessDiscipline d = r.getDiscipline();
            if (d == null) {
                continue;
            }
            switch (d.getKind()) {
                case EXCLUSIVE_WRITER -> exclusiveWriter(context.grants(), r, d, findings);
                case SPSC_RING -> ring(r, d, findings);
                default -> {
                    // the other disciplines constrain code, not grants
                }
            }
        }
    }

    private static void exclusiveWriter(GrantIndex grants, SharedRegion r, AccessDiscipline d, List<Finding> findings) {
        Set<WasmModule> writers = new LinkedHashSet<>();
        for (Grant g : grants.on(r)) {
            if (writes(g)) {
                writers.add(g.getModule());
            }
        }
        boolean tooMany = writers.size() > 1;
        boolean wrongOne = d.getWriter() != null && writers.stream().anyMatch(m -> m != d.getWriter());
        if (tooMany || wrongOne) {
            String names = writers.stream().map(m -> label(m)).collect(Collectors.joining(", "));
            findings.add(Finding.of(DiagnosticCode.DISCIPLINE_TWO_WRITERS, r, "region " + label(r)
                    + " has one writer by design" + (d.getWriter() == null ? "" : " (" + label(d.getWriter()) + ")")
                    + ", but " + names + " may write it: make the others read-only",
                    Map.of("writers", writers.stream().map(WasmModule::getId).toList(),
                            "writer", d.getWriter() == null ? "" : d.getWriter().getId())));
        }
    }

    private static void ring(SharedRegion r, AccessDiscipline d, List<Finding> findings) {
        WasmModule consumer = d.getConsumer();
        if (consumer == null) {
            return;
        }
        for (Grant g : consumer.getGrants()) {
            if (g.getTarget() == null) {
                continue;
            }
            boolean onData = Designs.regionOf(g.getTarget()) == r && g.getTarget() != d.getControl();
            if (onData && writes(g)) {
                findings.add(Finding.of(DiagnosticCode.DISCIPLINE_CONSUMER_WRITES_DATA, g, "module " + label(consumer)
                        + " consumes ring " + label(r) + " but may write " + label(g.getTarget()) + ": give it R on"
                        + " the data and RW only on the control block" + (d.getControl() == null ? " (declare one as"
                                + " a subpartition)" : " " + label(d.getControl())),
                        Map.of("module", consumer.getId(), "target", g.getTarget().getId())));
            }
        }
    }

    private static boolean writes(Grant g) {
        return g.getTarget() != null && (g.getPermission() == Permission.RW || g.getPermission() == Permission.RWX);
    }
}
