package org.wasmpart.ui.internal.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.fix.Fixes;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;

/**
 * Offers the fix operations for a wasmpart marker, keyed on its diagnostic code and object URI:
 * the file is validated again and the finding with that code on that object asks
 * {@link Fixes#forFinding} what resolves it.
 */
public final class DesignMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        // cheap, as the platform asks for every marker shown: findings need a validation
        return marker.getAttribute(DesignMarkers.CODE, null) != null && marker.getResource() instanceof IFile;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!hasResolutions(marker) || !marker.getResource().exists()) {
            return new IMarkerResolution[0];
        }
        Design design;
        try {
            design = DesignMarkers.load((IFile) marker.getResource());
        } catch (DesignLoadException e) {
            return new IMarkerResolution[0];
        }
        Finding finding = DesignMarkers.findingOf(design, marker);
        if (finding == null) {
            return new IMarkerResolution[0];
        }
        return Fixes.forFinding(finding).stream().map(fix -> new FixResolution(fix, marker))
                .toArray(IMarkerResolution[]::new);
    }
}
