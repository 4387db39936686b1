package org.wasmpart.ui.internal.wizards;

import static org.wasmpart.core.Designs.label;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.Designs;
import org.wasmpart.model.Board;
import org.wasmpart.model.Identified;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.util.Quantities;

/** Picks the board, the runtime profile and the memory option of a new design. */
final class BoardSelectionPage extends WizardPage {

    private static final String ANY = "any";

    private final BuiltInCatalog catalog;
    private Text filter;
    private Combo architecture;
    private Combo protectionKind;
    private Text minimumRam;
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
        filter = new Text(c, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("board, part, core or protection kind");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        new Label(c, SWT.NONE).setText("&Core:");
        architecture = choice(c, catalog.boards().stream().flatMap(b -> b.getCores().stream())
                .map(x -> x.getArchitecture().getLiteral()));
        new Label(c, SWT.NONE).setText("&Protection:");
        protectionKind = choice(c, catalog.boards().stream().flatMap(b -> b.getCores().stream())
                .flatMap(x -> x.getProtectionUnits().stream()).map(pu -> pu.getKind().getLiteral()));
        new Label(c, SWT.NONE).setText("R&AM at least:");
        minimumRam = new Text(c, SWT.BORDER);
        minimumRam.setMessage("e.g. 256K or 1 MiB");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(minimumRam);

        boards = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        boards.getTable().setHeaderVisible(true);
        column("Board", 170, b -> label(b));
        column("Core", 200, b -> b.getCores().stream().map(x -> label(x) + " " + x.getArchitecture().getLiteral())
                .collect(Collectors.joining(", ")));
        column("Protection", 170, BoardSelectionPage::protection);
        column("RAM", 80, b -> Quantities.formatSize(Designs.ramSize(b)));
        column("Vendor", 140, b -> b.getVendor() == null ? "" : b.getVendor());
        boards.setContentProvider(ArrayContentProvider.getInstance());
        boards.setInput(catalog.boards());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 220).applyTo(boards.getControl());
        boards.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return matches((Board) element);
            }
        });
        filter.addModifyListener(e -> boards.refresh());
        architecture.addModifyListener(e -> boards.refresh());
        protectionKind.addModifyListener(e -> boards.refresh());
        minimumRam.addModifyListener(e -> {
            boards.refresh();
            validate();
        });
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

    /** Sets the filters as a user would: an architecture and a protection kind (or "any"), a RAM size. */
    void filter(String core, String protection, String ram) {
        architecture.select(Math.max(0, architecture.indexOf(core)));
        protectionKind.select(Math.max(0, protectionKind.indexOf(protection)));
        minimumRam.setText(ram);
        boards.refresh();
    }

    /** The ids of the boards the table lists now. */
    List<String> listedBoards() {
        return Arrays.stream(boards.getTable().getItems()).map(i -> ((Board) i.getData()).getId()).toList();
    }

    private boolean matches(Board b) {
        String f = filter.getText().strip().toLowerCase(Locale.ROOT);
        String haystack = (b.getId() + " " + label(b) + " " + b.getPart() + " " + b.getVendor() + " "
                + b.getCores().stream().map(x -> label(x) + " " + x.getArchitecture().getLiteral())
                        .collect(Collectors.joining(" "))
                + " " + protection(b)).toLowerCase(Locale.ROOT);
        String arch = architecture.getText();
        String kind = protectionKind.getText();
        return (f.isEmpty() || haystack.contains(f))
                && (arch.equals(ANY)
                        || b.getCores().stream().anyMatch(x -> x.getArchitecture().getLiteral().equals(arch)))
                && (kind.equals(ANY) || b.getCores().stream().flatMap(x -> x.getProtectionUnits().stream())
                        .anyMatch(pu -> pu.getKind().getLiteral().equals(kind)))
                && minimumRam().map(min -> Designs.ramSize(b) >= min).orElse(true);
    }

    /** The RAM the board must have at least; empty when the field is empty or not a size. */
    private Optional<Long> minimumRam() {
        String text = minimumRam.getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Quantities.parseSize(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Combo choice(Composite parent, Stream<String> values) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.add(ANY);
        values.distinct().sorted().forEach(combo::add);
        combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
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
        String ram = minimumRam.getText().strip();
        if (!ram.isEmpty() && minimumRam().isEmpty()) {
            setErrorMessage("RAM at least: '" + ram + "' is no size (e.g. 256K, 0x40000, 1 MiB)");
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        if (board() == null) {
            setMessage("Select a board.");
            setPageComplete(false);
            return;
        }
        setMessage(null);
        setPageComplete(runtime() != null && memoryOption() != null);
    }

    private ComboViewer combo(Composite parent, List<? extends Identified> items) {
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
