package org.wasmpart.ui.internal.builder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.wasmpart.ui.internal.preferences.GeneratorSettings;

/** The designs the builder generates: {@code *.wasmpart} files outside the output folder. */
public final class ProjectDesigns {

    static final String EXTENSION = "wasmpart";

    private ProjectDesigns() {
    }

    public static boolean isDesign(IResource resource, GeneratorSettings settings) {
        return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension()) && !settings.holds(resource);
    }

    /** Every design in the container, in the workspace's order. */
    public static List<IFile> in(IContainer container, GeneratorSettings settings) throws CoreException {
        List<IFile> designs = new ArrayList<>();
        container.accept(r -> {
            if (isDesign(r, settings)) {
                designs.add((IFile) r);
            }
            return !(r.getType() == IResource.FOLDER && settings.holds(r));
        });
        return designs;
    }
}
