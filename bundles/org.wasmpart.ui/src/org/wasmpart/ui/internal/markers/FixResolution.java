package org.wasmpart.ui.internal.markers;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.wasmpart.core.fix.Fix;
import org.wasmpart.core.fix.Fixes;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;

/** One of the fix operations of {@link Fixes} for a marker's finding, found again by its label. */
final class FixResolution extends DesignMarkerResolution {

    private final String label;
    private final String description;

    FixResolution(Fix fix) {
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
    protected Command command(Design design, IMarker marker) {
        Finding finding = DesignMarkers.findingOf(design, marker);
        if (finding == null) {
            return null;
        }
        List<Fix> fixes = Fixes.forFinding(finding);
        return fixes.stream().filter(f -> f.label().equals(label)).findFirst().map(f -> f.command().get()).orElse(null);
    }
}
