package org.wasmpart.cdt.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PlatformUI;

/** The quick fix of an advice marker: connect the marker's project to the design it is on. */
public final class ConnectResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getResource() instanceof IFile && !marker.getAttribute(AdviceMarkers.PROJECT, "").isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!hasResolutions(marker)) {
            return new IMarkerResolution[0];
        }
        IFile design = (IFile) marker.getResource();
        IProject project = design.getWorkspace().getRoot().getProject(marker.getAttribute(AdviceMarkers.PROJECT, ""));
        return new IMarkerResolution[] { new IMarkerResolution2() {
            @Override
            public String getLabel() {
                return "Connect project " + project.getName() + " to this design";
            }

            @Override
            public String getDescription() {
                return "Gives every configuration of " + project.getName() + " the include folder of "
                        + design.getName() + "'s generated header, WAMR's macros and the build variables of its"
                        + " fragments, and keeps them up to date when the design changes. Undo takes them out again.";
            }

            @Override
            public Image getImage() {
                return null;
            }

            @Override
            public void run(IMarker m) {
                Operations.run(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                        ConnectOperation.connect(project, design));
            }
        } };
    }
}
