package org.wasmpart.ui.internal.wizards;

import static org.wasmpart.core.Designs.label;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.Designs;
import org.wasmpart.model.Board;
import org.wasmpart.model.Identified;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.RuntimeProfile;

/** Picks the board, the runtime profile and the memory option of a new design. */
final class BoardSelectionPage extends WizardPage {

    private final BuiltInCatalog catalog;
    private TableViewer boards;
    private ComboViewer runtimes;
    private ComboViewer options;

    BoardSelectionPage(BuiltInCatalog catalog) {
        super("board");
        this.catalog = catalog;
        setTitle("Board and runtime");
        setDescription("Choose the target board from the catalog, the Wasm runtime and how modules share memory.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);

        new Label(c, SWT.NONE).setText("&Filter:");
        Text filter = new Text(c, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("board, part, core or protection kind");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

        boards = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        boards.getTable().setHeaderVisible(true);
        column("Board", 170, b -> label(b));
        column("Core", 200, b -> b.getCores().stream().map(x -> label(x) + " " + x.getArchitecture().getLiteral())
                .collect(Collectors.joining(", ")));
        column("Protection", 170, BoardSelectionPage::protection);
        column("Vendor", 140, b -> b.getVendor() == null ? "" : b.getVendor());
        boards.setContentProvider(ArrayContentProvider.getInstance());
        boards.setInput(catalog.boards());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 220).applyTo(boards.getControl());
        boards.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                String f = filter.getText().strip().toLowerCase(Locale.ROOT);
                Board b = (Board) element;
                String haystack = (b.getId() + " " + label(b) + " " + b.getPart() + " " + b.getVendor() + " "
                        + b.getCores().stream().map(x -> label(x) + " " + x.getArchitecture().getLiteral())
                                .collect(Collectors.joining(" "))
                        + " " + protection(b)).toLowerCase(Locale.ROOT);
                return f.isEmpty() || haystack.contains(f);
            }
        });
        filter.addModifyListener(e -> boards.refresh());
        boards.addSelectionChangedListener(e -> validate());

        new Label(c, SWT.NONE).setText("&Runtime:");
        runtimes = combo(c, catalog.runtimes());
        new Label(c, SWT.NONE).setText("&Sharing:");
        options = combo(c, catalog.memoryOptions());
        setControl(c);
    }

    /** Selects a board by id, as a user clicking its row would; false when no such board is listed. */
    boolean selectBoard(String id) {
        return catalog.board(id).map(b -> {
            boards.setSelection(new StructuredSelection(b), true);
            return true;
        }).orElse(false);
    }

    Board board() {
        return (Board) boards.getStructuredSelection().getFirstElement();
    }

    RuntimeProfile runtime() {
        return (RuntimeProfile) runtimes.getStructuredSelection().getFirstElement();
    }

    MemoryOption memoryOption() {
        return (MemoryOption) options.getStructuredSelection().getFirstElement();
    }

    private void validate() {
        if (board() == null) {
            setErrorMessage(null);
            setMessage("Select a board.");
            setPageComplete(false);
            return;
        }
        setMessage(null);
        setPageComplete(runtime() != null && memoryOption() != null);
    }

    private ComboViewer combo(Composite parent, java.util.List<? extends Identified> items) {
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return Designs.label((Identified) element);
            }
        });
        viewer.setInput(items);
        if (!items.isEmpty()) {
            viewer.setSelection(new StructuredSelection(items.get(0)));
        }
        viewer.addSelectionChangedListener(e -> validate());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        return viewer;
    }

    private void column(String title, int width, java.util.function.Function<Board, String> text) {
        TableViewerColumn column = new TableViewerColumn(boards, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Board) element);
            }
        });
    }

    private static String protection(Board b) {
        return b.getCores().stream().flatMap(x -> x.getProtectionUnits().stream())
                .map(pu -> pu.getKind().getLiteral() + (pu.getEntryCount() > 0 ? " ×" + pu.getEntryCount() : ""))
                .collect(Collectors.joining(", "));
    }

}
