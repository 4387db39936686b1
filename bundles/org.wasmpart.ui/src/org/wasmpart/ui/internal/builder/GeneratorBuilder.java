package org.wasmpart.ui.internal.builder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;
import org.wasmpart.ui.internal.preferences.GeneratorSettings;

/**
 * Validates and regenerates the designs a build concerns: on an incremental or auto build those
 * added or changed since the last build, on a full build (and when the project's wasmpart
 * settings changed) all of them, and on any build those whose generated files were deleted. A
 * deleted design's generated files are left alone, as are files edited by hand; a clean removes
 * the builder's markers only, never a file.
 */
public final class GeneratorBuilder extends IncrementalProjectBuilder {

    public static final String ID = "org.wasmpart.ui.generator";
    /** The project's own settings, whose change regenerates everything. */

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        GeneratorSettings settings = GeneratorPreferences.of(project);
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
        List<IFile> designs = delta == null || delta.findMember(GeneratorPreferences.PROJECT_SETTINGS) != null
                ? ProjectDesigns.in(project, settings) : changed(project, delta, settings);
        DesignGeneration.run(designs, monitor);
        return null;
    }

    /**
     * The designs added or changed, and those a generated file of which was deleted: deleting an
     * edited file is how a user asks for it to be generated again.
     */
    private static List<IFile> changed(IProject project, IResourceDelta delta, GeneratorSettings settings)
            throws CoreException {
        Set<IFile> designs = new LinkedHashSet<>();
        List<IPath> deletedOutput = new ArrayList<>();
        delta.accept(d -> {
            IResource r = d.getResource();
            if (ProjectDesigns.isDesign(r, settings) && (d.getKind() == IResourceDelta.ADDED
                    || d.getKind() == IResourceDelta.CHANGED
                            && (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                designs.add((IFile) r);
            } else if (d.getKind() == IResourceDelta.REMOVED && settings.holds(r)) {
                deletedOutput.add(r.getFullPath());
            }
            return true;
        });
        if (!deletedOutput.isEmpty()) {
            for (IFile design : ProjectDesigns.in(project, settings)) {
                IPath folder = settings.folderOf(design).getFullPath();
                if (deletedOutput.stream().anyMatch(p -> folder.isPrefixOf(p) || p.isPrefixOf(folder))) {
                    designs.add(design);
                }
            }
        }
        return new ArrayList<>(designs);
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(GenerationMarkers.TYPE, true, IResource.DEPTH_INFINITE);
    }

    /**
     * Whether this builder will validate the project's designs after a change, so that the live
     * marker updater can leave them to it: the project has the nature and the workspace builds
     * automatically.
     */
    public static boolean validatesAfterChanges(IProject project) {
        return project.getWorkspace().isAutoBuilding() && WasmpartNature.isOn(project);
    }
}
