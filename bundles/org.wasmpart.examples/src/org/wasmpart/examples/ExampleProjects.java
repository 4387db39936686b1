package org.wasmpart.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.wasmpart.ui.internal.builder.WasmpartNature;

/**
 * Creates a project with the wasmpart nature holding bundled examples, for the New > Examples
 * wizard and for a product that starts with the examples in its workspace.
 */
public final class ExampleProjects {

    private ExampleProjects() {
    }

    /**
     * Creates and opens the project, gives it the wasmpart nature (so the builder generates every
     * design) and writes the examples into its root. Run it inside a workspace operation.
     *
     * @param location where the project goes, or null for the workspace's default
     * @return the created designs, in the order given
     */
    public static List<IFile> create(IProject project, URI location, List<BundledExample> examples,
            IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 3 + examples.size());
        IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
        description.setLocationURI(location);
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        // setting the nature on an open project configures it: the builder joins the build spec
        WasmpartNature.add(project, progress.split(1));
        List<IFile> files = new ArrayList<>();
        for (BundledExample example : examples) {
            IFile file = project.getFile(example.fileName());
            try {
                file.create(new ByteArrayInputStream(example.content()), IResource.NONE, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error("Could not read the example " + example.fileName(), e));
            }
            files.add(file);
        }
        return List.copyOf(files);
    }
}
