package org.wasmpart.ui.internal.preferences;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.wasmpart.core.generate.GenerationOptions;

/**
 * What the builder does for the designs of one project.
 *
 * @param outputFolder    project-relative
 * @param options         which files, which reference-types policy
 * @param overwriteEdited whether a generated file edited by hand is replaced
 */
public record GeneratorSettings(IPath outputFolder, GenerationOptions options, boolean overwriteEdited) {

    /**
     * Where a design's files go: its project-relative path without the extension, below the output
     * folder, so two designs of a project never write the same file.
     */
    public IFolder folderOf(IFile design) {
        IPath relative = design.getProjectRelativePath().removeFileExtension();
        return design.getProject().getFolder(outputFolder.append(relative));
    }

    /** Whether the resource lies in the output folder, where designs are not looked for. */
    public boolean holds(IResource resource) {
        return outputFolder.isPrefixOf(resource.getProjectRelativePath());
    }
}
