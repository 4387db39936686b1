package org.wasmpart.examples.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.wasmpart.examples.BundledExample;

/** Lists the bundled examples; the chosen one names the project on the next page. */
final class ExampleSelectionPage extends WizardPage {

    private final List<BundledExample> examples;
    private TableViewer viewer;
    private Label description;

    ExampleSelectionPage(List<BundledExample> examples) {
        super("example");
        this.examples = examples;
        setTitle("wasmpart example");
        setDescription("Choose an example design; the project gets the wasmpart nature, so its files are generated"
                + " on every build.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        new Label(c, SWT.NONE).setText("&Examples:");
        viewer = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((BundledExample) element).name();
            }
        });
        viewer.setInput(examples);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 160).applyTo(viewer.getControl());
        description = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(description);
        viewer.addSelectionChangedListener(e -> {
            BundledExample chosen = example();
            description.setText(chosen == null ? "" : chosen.description());
            description.getParent().layout(true, true);
            setPageComplete(chosen != null);
        });
        setControl(c);
        if (!examples.isEmpty()) {
            viewer.setSelection(new StructuredSelection(examples.get(0)));
        }
    }

    /** Selects an example by file name, as a click on it would; false when there is none. */
    boolean select(String fileName) {
        return examples.stream().filter(e -> e.fileName().equals(fileName)).findFirst().map(e -> {
            viewer.setSelection(new StructuredSelection(e), true);
            return true;
        }).orElse(false);
    }

    BundledExample example() {
        return (BundledExample) viewer.getStructuredSelection().getFirstElement();
    }
}
