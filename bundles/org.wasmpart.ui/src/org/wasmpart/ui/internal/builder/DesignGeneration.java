package org.wasmpart.ui.internal.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicMonitor;
import org.wasmpart.core.generate.GeneratedFile;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.generate.GenerationException;
import org.wasmpart.core.generate.OutputFolder;
import org.wasmpart.core.generate.WrittenFile;
import org.wasmpart.model.Design;
import org.wasmpart.ui.internal.markers.DesignMarkers;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;
import org.wasmpart.ui.internal.preferences.GeneratorSettings;

/**
 * Validates designs and regenerates the files of those without errors, as the builder and
 * "Generate now" both do. The core writes each file whole ({@link OutputFolder}), keeps files
 * edited by hand unless told otherwise, and the workspace is refreshed afterwards.
 */
public final class DesignGeneration {

    private DesignGeneration() {
    }

    /**
     * Generates each design with its project's settings, checking for cancellation between them.
     *
     * @throws OperationCanceledException when the monitor is cancelled: the design being generated
     *                                    then keeps its previous files
     */
    public static void run(List<IFile> designs, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Generating wasmpart designs", designs.size());
        for (IFile design : designs) {
            progress.checkCanceled();
            generate(design, GeneratorPreferences.of(design.getProject()), progress.split(1));
        }
    }

    /** Validates one design (its markers say what was found) and, without errors, regenerates its files. */
    public static void generate(IFile design, GeneratorSettings settings, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Generating " + design.getFullPath(), 10);
        if (!design.isAccessible()) {
            return;
        }
        IFolder output = settings.folderOf(design);
        GenerationMarkers.clear(design, output);
        Optional<Design> valid = DesignMarkers.update(design);
        progress.worked(1);
        if (valid.isEmpty()) {
            GenerationMarkers.notGenerated(design, output, "the design has errors");
            return;
        }
        List<GeneratedFile> files;
        try {
            files = Generation.generate(valid.get(), settings.options(), BasicMonitor.toMonitor(progress.split(6)));
        } catch (CancellationException e) {
            throw new OperationCanceledException(e.getMessage());
        } catch (GenerationException e) {
            GenerationMarkers.failed(design, e.getMessage());
            return;
        }
        // from here on the design's files are written and the workspace told, whatever the monitor
        // says: a cancellation now would leave a mix of old and new files, or a stale workspace
        List<WrittenFile> written = write(output, files, settings.overwriteEdited());
        output.refreshLocal(IResource.DEPTH_INFINITE, null);
        if (output.exists() && !output.isDerived()) {
            output.setDerived(true, null);
        }
        progress.worked(3);
        for (WrittenFile w : written) {
            if (w.outcome().refused()) {
                GenerationMarkers.leftAlone(design, output.getFile(IPath.fromPortableString(w.path())), w.outcome());
            }
        }
    }

    private static List<WrittenFile> write(IFolder output, List<GeneratedFile> files, boolean force)
            throws CoreException {
        IPath location = output.getLocation();
        if (location == null) {
            throw new CoreException(Status.error(output.getFullPath() + " is not in the local file system"));
        }
        Path dir = location.toPath();
        try {
            return OutputFolder.write(dir, files, force);
        } catch (IOException e) {
            throw new CoreException(
                    Status.error("Could not write the generated files into " + output.getFullPath(), e));
        }
    }
}
