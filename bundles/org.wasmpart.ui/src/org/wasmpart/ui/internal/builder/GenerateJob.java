package org.wasmpart.ui.internal.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;
import org.wasmpart.ui.internal.preferences.GeneratorSettings;

/**
 * "Generate now": the builder's work for chosen designs, or every design of chosen projects and
 * folders, in a user job that holds the output folders it writes and can be cancelled.
 */
public final class GenerateJob extends WorkspaceJob {

    /** For whoever must wait until generation is over. */
    public static final Object FAMILY = GenerateJob.class;

    private final List<IFile> designs;

    private GenerateJob(List<IFile> designs) {
        super(designs.size() == 1 ? "Generating " + designs.get(0).getName()
                : "Generating " + designs.size() + " wasmpart designs");
        this.designs = designs;
        IResourceRuleFactory rules = designs.isEmpty() ? null : designs.get(0).getWorkspace().getRuleFactory();
        setRule(MultiRule.combine(designs.stream().map(d -> outputRule(rules, d)).toArray(ISchedulingRule[]::new)));
        setUser(true);
    }

    /**
     * The job for the designs among the resources: files themselves, containers with every
     * design in them.
     */
    public static GenerateJob of(List<? extends IResource> resources) throws CoreException {
        Set<IFile> designs = new LinkedHashSet<>();
        for (IResource r : resources) {
            if (!r.isAccessible()) {
                continue;
            }
            GeneratorSettings settings = GeneratorPreferences.of(r.getProject());
            if (r instanceof IContainer c) {
                designs.addAll(ProjectDesigns.in(c, settings));
            } else if (ProjectDesigns.isDesign(r, settings)) {
                designs.add((IFile) r);
            }
        }
        return new GenerateJob(new ArrayList<>(designs));
    }

    /**
     * The job that brings every project following the workspace settings up to date with them:
     * the open projects with the nature and without settings of their own.
     */
    public static GenerateJob forWorkspaceSettings() throws CoreException {
        return of(Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(p -> WasmpartNature.isOn(p) && !GeneratorPreferences.projectSpecific(p)).toList());
    }

    /** The designs the job generates, in order. */
    public List<IFile> designs() {
        return List.copyOf(designs);
    }

    /** Writing, refreshing and marking the design's output folder; it may not exist yet. */
    private static ISchedulingRule outputRule(IResourceRuleFactory rules, IFile design) {
        IResource output = GeneratorPreferences.of(design.getProject()).folderOf(design);
        return MultiRule.combine(new ISchedulingRule[] { rules.createRule(output), rules.modifyRule(output),
                rules.refreshRule(output) });
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        DesignGeneration.run(designs, monitor);
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
