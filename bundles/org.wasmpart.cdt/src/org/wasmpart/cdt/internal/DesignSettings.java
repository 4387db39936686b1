package org.wasmpart.cdt.internal;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.BasicMonitor;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.Problem;
import org.wasmpart.core.generate.GenerationException;
import org.wasmpart.core.generate.ProjectSettings;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;
import org.wasmpart.ui.internal.markers.DesignMarkers;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;
import org.wasmpart.ui.internal.preferences.GeneratorSettings;

/**
 * A design file's {@link CdtSettings}, for the files the wasmpart builder generates from it: its
 * project's generator settings say which files and where, as they do for the builder.
 */
final class DesignSettings {

    /** The status code of a design that does not load or generate: the builder's markers say so already. */
    static final int NOT_GENERATED = 1;

    private DesignSettings() {
    }

    static CdtSettings of(IFile design, IProgressMonitor monitor) throws CoreException {
        String label = design.getFullPath().makeRelative().toString();
        if (!design.exists()) {
            throw new CoreException(Status.error("The design " + label + " does not exist"));
        }
        GeneratorSettings generator = GeneratorPreferences.of(design.getProject());
        IFolder output = generator.folderOf(design);
        IPath location = output.getLocation();
        if (location == null) {
            throw new CoreException(Status.error(output.getFullPath() + " is not in the local file system"));
        }
        try {
            Design loaded = DesignMarkers.load(design);
            ProjectSettings settings = ProjectSettings.of(loaded, generator.options(), BasicMonitor.toMonitor(monitor));
            return CdtSettings.of(settings, new GeneratedFolder(output.getFullPath(), location));
        } catch (DesignLoadException e) {
            throw new CoreException(notGenerated(label + " cannot be read",
                    e.problems().stream().map(Problem::toString).toList()));
        } catch (GenerationException e) {
            throw new CoreException(notGenerated(label + " does not generate: " + e.getMessage(),
                    e.findings().stream().map(Finding::message).toList()));
        } catch (CancellationException e) {
            throw new OperationCanceledException(e.getMessage());
        }
    }

    /** An error with the problems or findings below it, as the error dialog shows them. */
    private static IStatus notGenerated(String message, List<String> details) {
        if (details.isEmpty()) {
            return new Status(IStatus.ERROR, ConnectionStore.QUALIFIER, NOT_GENERATED, message, null);
        }
        // an error, as its children are
        return new MultiStatus(ConnectionStore.QUALIFIER, NOT_GENERATED,
                details.stream().map(Status::error).toArray(IStatus[]::new), message, null);
    }
}
