package org.wasmpart.ui.internal.markers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.wasmpart.core.fix.Fix;
import org.wasmpart.core.fix.Fixes;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;

/**
 * One of the fix operations of {@link Fixes} for a marker's finding, found again by its label;
 * on the other markers of the same code, a repeatable fix is found again by its kind, each from
 * its own finding (the quick-fix dialog offers them as "other markers").
 */
final class FixResolution extends DesignMarkerResolution {

    private final Fix.Kind kind;
    private final String label;
    private final String description;
    private final IMarker origin;

    FixResolution(Fix fix, IMarker origin) {
        this.kind = fix.kind();
        this.origin = origin;
        this.label = fix.label();
        this.description = fix.label() + ". Resolves "
                + String.join(", ", fix.resolves().stream().map(c -> c.id()).sorted().toList()) + ".";
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        String code = origin.getAttribute(DesignMarkers.CODE, null);
        if (!kind.repeatable() || code == null) {
            return new IMarker[0];
        }
        return Arrays.stream(markers)
                .filter(m -> !m.equals(origin) && code.equals(m.getAttribute(DesignMarkers.CODE, null)))
                .toArray(IMarker[]::new);
    }

    @Override
    protected Command command(Design design, IMarker marker) {
        Finding finding = DesignMarkers.findingOf(design, marker);
        if (finding == null) {
            return null;
        }
        List<Fix> fixes = Fixes.forFinding(finding);
        Optional<Fix> fix = marker.equals(origin) ? fixes.stream().filter(f -> f.label().equals(label)).findFirst()
                : fixes.stream().filter(f -> f.kind() == kind).findFirst();
        return fix.map(f -> f.command().get()).orElse(null);
    }
}
