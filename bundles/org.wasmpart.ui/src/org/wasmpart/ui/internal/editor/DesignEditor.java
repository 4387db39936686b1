package org.wasmpart.ui.internal.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.DesignReport;
import org.wasmpart.core.Problem;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;

/**
 * First cut of the design editor: shows the design as a tree beside its textual report. A file
 * that cannot be read opens too, listing its located problems, so nothing is hidden from the user.
 */
public final class DesignEditor extends EditorPart {

    public static final String ID = "org.wasmpart.ui.designEditor";

    private Design design;
    private Job validation;
    private List<Problem> problems = List.of();
    private TreeViewer tree;
    private Text details;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        URI uri = uriOf(input);
        if (uri == null) {
            throw new PartInitException("wasmpart designs open from files only, not from " + input.getName());
        }
        try {
            design = DesignIO.load(WasmpartResources.newResourceSet(), uri, labelOf(input));
        } catch (DesignLoadException e) {
            problems = e.problems();
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        if (design == null) {
            details = text(parent);
            StringBuilder b = new StringBuilder("This design cannot be shown until these problems are fixed"
                    + " (open it with a text editor: Open With > Text Editor):\n\n");
            problems.forEach(p -> b.append(p).append('\n'));
            details.setText(b.toString());
            return;
        }
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new DesignContentProvider());
        tree.setLabelProvider(new DesignLabelProvider());
        tree.setAutoExpandLevel(2);
        tree.setInput(design);
        details = text(sash);
        String report = DesignReport.of(design);
        details.setText(report + "\nValidating…\n");
        validate(report);
        sash.setWeights(2, 3);
        getSite().setSelectionProvider(tree);
    }

    /**
     * Validates in a job, off the UI thread (encoding large designs takes a while), then shows the
     * findings under the report, until live markers come.
     */
    private void validate(String report) {
        Job job = Job.create("Validating " + getPartName(), monitor -> {
            String findings = findings(DesignValidator.standard().validate(design));
            details.getDisplay().asyncExec(() -> {
                if (!details.isDisposed()) {
                    details.setText(report + findings);
                }
            });
        });
        job.setSystem(true);
        job.schedule();
        validation = job;
    }

    /** The last validation job, for tests that wait for it. */
    public Job getValidation() {
        return validation;
    }

    private static String findings(List<Finding> findings) {
        StringBuilder b = new StringBuilder("\nValidation (").append(findings.size()).append(" findings)\n");
        for (Finding f : findings) {
            b.append("  ").append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                    .append(f.message()).append(" [").append(f.code().id()).append("]\n");
        }
        return b.toString();
    }

    private static Text text(Composite parent) {
        Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        Font mono = JFaceResources.getTextFont();
        text.setFont(mono);
        return text;
    }

    /** The loaded design, or null when the file has problems. */
    public Design getDesign() {
        return design;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** The tree of the design, or null when the file has problems. */
    public TreeViewer getTreeViewer() {
        return tree;
    }

    public String getDetailsText() {
        return details.getText();
    }

    @Override
    public void setFocus() {
        Control focus = tree != null ? tree.getControl() : details;
        focus.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only first cut: nothing is ever dirty
    }

    @Override
    public void doSaveAs() {
        // read-only first cut: Save As is not offered
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    private static URI uriOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            return URI.createPlatformResourceURI(fileInput.getFile().getFullPath().toString(), true);
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        return null;
    }

    private static String labelOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            IFile file = fileInput.getFile();
            return file.getFullPath().makeRelative().toString();
        }
        return input.getName();
    }
}
