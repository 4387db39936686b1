package org.wasmpart.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.core.layout.LayoutOptions;
import org.wasmpart.core.layout.LayoutResult;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmModule;

/**
 * Validates the design and asks the layout what it would spend, in a job: both run the encoders
 * and take seconds on large designs. Edits come in bursts, so each reschedules it after a short
 * pause and cancels a run in progress. It works on a copy, so the user keeps editing while it
 * runs; the design may only be read on the UI thread, so the job takes the copy there when it
 * starts, once per burst rather than after every value typed (a copy of a thousand regions is a
 * tenth of a typing step). Since the job waits for the UI thread, the UI thread must never wait
 * for the job.
 */
public final class DesignAnalysis extends Job {

    public static final Object FAMILY = DesignAnalysis.class;
    private static final long PAUSE_MS = 300;
    /** Reproducible, and bounded by its evaluation budget rather than by a proof. */
    private static final LayoutOptions LAYOUT = LayoutOptions.defaults().withMode(LayoutOptions.Mode.HEURISTIC);

    /** A finding about the editor's own object (null when the object is gone since). */
    public record Shown(Finding finding, EObject object) {
    }

    /**
     * Entries a module needs as the layout would place the design; -1 when its access cannot be
     * encoded. Over budget: it needs more than are available.
     */
    public record ModuleEntries(WasmModule module, int entries, boolean overBudget) {
    }

    /**
     * @param available entries each module has after locked and reserved ones, -1 without a unit
     * @param waste     bytes the layout would spend on rounding and alignment
     * @param feasible  whether the layout found room for every memory within every budget
     */
    public record Result(List<Shown> findings, List<ModuleEntries> entries, int available, long waste,
            boolean feasible, LayoutResult.Status layout) {
    }

    private final Display display;
    private final Consumer<Result> done;
    private final DesignValidator validator = DesignValidator.standard();
    /** The editor's design. UI thread. */
    private Design original;
    /** Counts the requests, so that a result of an older state is dropped. UI thread. */
    private int requests;
    /** The request whose result was shown last. UI thread. */
    private int shown;

    /** @param done receives each result on the UI thread, unless a newer edit made it stale */
    DesignAnalysis(String fileName, Display display, Consumer<Result> done) {
        super("Validating " + fileName);
        this.display = display;
        this.done = done;
        setPriority(DECORATE);
        // the editor's pages say when they are waiting for it; in the status line's progress area
        // it would start an animation after every value typed, repainting the window while the user types
        setSystem(true);
    }

    /** Analyses the design as it will be after a pause. UI thread. */
    void analyse(Design design) {
        cancel();
        original = design;
        requests++;
        schedule(PAUSE_MS);
    }

    /** Whether the result shown last is of the design as it is now. UI thread. */
    boolean isCurrent() {
        return shown == requests;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Snapshot taken = snapshot(monitor);
        if (taken == null) {
            return Status.CANCEL_STATUS;
        }
        Design design = taken.copy();
        Design of = taken.of();
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
        List<Finding> findings = validator.validate(design);
        progress.worked(1);
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        LayoutResult layout = LayoutSolver.standard().solve(design, LAYOUT, BasicMonitor.toMonitor(progress.split(1)));
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        display.asyncExec(() -> {
            if (taken.request() == requests && of.eResource() != null) {
                shown = taken.request();
                done.accept(result(of, findings, layout));
            }
        });
        return Status.OK_STATUS;
    }

    /** A copy of the editor's design, the design, and the request it answers. */
    private record Snapshot(Design copy, Design of, int request) {
    }

    /** Copies the design on the UI thread; null when the editor or the design is gone, or the job was cancelled. */
    private Snapshot snapshot(IProgressMonitor monitor) {
        Snapshot[] taken = new Snapshot[1];
        try {
            display.syncExec(() -> {
                Design of = original;
                // cancelled while waiting for the UI thread: a newer edit or the editor closing
                if (!monitor.isCanceled() && of.eResource() != null && !of.eIsProxy()) {
                    taken[0] = new Snapshot(WasmpartResources.detachedCopy(of, of.eResource().getURI()), of,
                            requests);
                }
            });
        } catch (SWTException e) {
            if (e.code != SWT.ERROR_DEVICE_DISPOSED) {
                throw e;
            }
            return null; // the workbench is closing
        }
        return taken[0];
    }

    /** The result about the editor's own objects, found by their ids. UI thread. */
    private static Result result(Design of, List<Finding> findings, LayoutResult layout) {
        Resource resource = of.eResource();
        List<Shown> shown = findings.stream().map(f -> new Shown(f, original(resource, f.object()))).toList();
        List<ModuleEntries> entries = new ArrayList<>();
        List<WasmModule> overBudget = layout.overBudget();
        layout.entries().forEach((module, count) -> {
            if (original(resource, module) instanceof WasmModule m) {
                entries.add(new ModuleEntries(m, count, overBudget.contains(module)));
            }
        });
        return new Result(shown, entries, layout.available(), layout.waste(), layout.feasible(), layout.status());
    }

    private static EObject original(Resource resource, EObject copied) {
        Resource in = copied == null ? null : copied.eResource();
        if (in == null) {
            return null;
        }
        if (!in.getURI().equals(resource.getURI())) {
            return copied; // a catalog object: shared by the copy, not copied
        }
        return resource.getEObject(in.getURIFragment(copied));
    }

}
