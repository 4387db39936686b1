package org.wasmpart.ui.internal.editor;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.CatalogReport;
import org.wasmpart.model.Catalog;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * The design at a glance: the board, runtime profile and memory option, each picked from the
 * built-in catalog with its facts and their sources; what the layout would use (entries per
 * module) and waste; and the current findings, which a double-click or Enter shows where they are.
 */
public final class OverviewPage implements DesignPage {

    static final DesignPageFactory FACTORY = new DesignPageFactory() {
        @Override
        public String title() {
            return "Overview";
        }

        @Override
        public DesignPage create(Composite parent, DesignPageContext context) {
            return new OverviewPage(parent, context);
        }
    };

    private final DesignPageContext context;
    private final SashForm control;
    private final BuiltInCatalog catalog;
    private final ComboViewer board;
    private final ComboViewer runtime;
    private final ComboViewer option;
    private final Text facts;
    private final TableViewer entries;
    private final Label summary;
    private final TableViewer problems;
    private boolean showing;

    private OverviewPage(Composite parent, DesignPageContext context) {
        this.context = context;
        catalog = BuiltInCatalog.loadInto(context.domain().getResourceSet());
        control = new SashForm(parent, SWT.HORIZONTAL);

        Group target = group(control, "Target", 2);
        board = picker(target, "&Board:", Literals.DESIGN__BOARD);
        runtime = picker(target, "R&untime profile:", Literals.DESIGN__RUNTIME);
        option = picker(target, "&Memory option:", Literals.DESIGN__MEMORY_OPTION);
        facts = new Text(target, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        facts.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(facts);

        Composite right = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        Group use = group(right, "Entries and waste", 1);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(use);
        entries = table(use, List.of(
                column("Module", 140, o -> label(((DesignAnalysis.ModuleEntries) o).module())),
                column("Entries", 160, o -> entriesText((DesignAnalysis.ModuleEntries) o))));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(entries.getControl());
        summary = new Label(use, SWT.WRAP);
        summary.setText("Working out the layout…");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        Group found = group(right, "Problems", 1);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(found);
        problems = table(found, List.of(
                column("Severity", 70, o -> ((DesignAnalysis.Shown) o).finding().severity().name().toLowerCase(Locale.ROOT)),
                column("Problem", 420, o -> ((DesignAnalysis.Shown) o).finding().message()),
                column("Code", 200, o -> ((DesignAnalysis.Shown) o).finding().code().id())));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(problems.getControl());
        // open: a double-click, or Enter on the keyboard
        problems.addOpenListener(e -> {
            if (problems.getStructuredSelection().getFirstElement() instanceof DesignAnalysis.Shown s && s.object() != null) {
                context.reveal().accept(new StructuredSelection(s.object()));
            }
        });
        control.setWeights(2, 3);
        refresh(null);
    }

    private static Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(g);
        return g;
    }

    /** What the design defines itself (a board of its own, say), then the built-in catalog's. */
    private static <T> List<T> withOwn(Design design, Function<Catalog, List<T>> own, List<T> builtIn) {
        List<T> all = new ArrayList<>();
        if (design.getDefinitions() != null) {
            all.addAll(own.apply(design.getDefinitions()));
        }
        all.addAll(builtIn);
        return all;
    }

    /**
     * A combo over the objects the design may refer to, given at each refresh since the design's
     * own definitions may change; choosing one sets the design's reference by a command.
     */
    private ComboViewer picker(Composite parent, String text, EReference feature) {
        new Label(parent, SWT.NONE).setText(text);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Identified i = (Identified) element;
                return label(i) + " [" + i.getId() + "]";
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        viewer.addSelectionChangedListener(e -> {
            Object chosen = e.getStructuredSelection().getFirstElement();
            Design design = context.design();
            if (!showing && chosen != null && chosen != design.eGet(feature)) {
                context.domain().getCommandStack().execute(SetCommand.create(context.domain(), design, feature, chosen));
            }
        });
        return viewer;
    }

    private record Column(String title, int width, Function<Object, String> text) {
    }

    private static Column column(String title, int width, Function<Object, String> text) {
        return new Column(title, width, text);
    }

    private static TableViewer table(Composite parent, List<Column> columns) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column c : columns) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(c.title());
            column.getColumn().setWidth(c.width());
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text().apply(element);
                }
            });
        }
        viewer.setInput(List.of());
        return viewer;
    }

    /** What the entries table shows of each row: a renamed module changes nothing else the analysis says. */
    private static List<String> shown(List<DesignAnalysis.ModuleEntries> rows) {
        return rows.stream().map(e -> label(e.module()) + '\t' + entriesText(e)).toList();
    }

    private List<DesignAnalysis.ModuleEntries> entriesShown() {
        @SuppressWarnings("unchecked")
        List<DesignAnalysis.ModuleEntries> shown = (List<DesignAnalysis.ModuleEntries>) entries.getInput();
        return shown == null ? List.of() : shown;
    }

    private static String entriesText(DesignAnalysis.ModuleEntries e) {
        if (e.entries() < 0) {
            return "cannot be encoded";
        }
        return e.entries() + (e.overBudget() ? " (over budget)" : "");
    }

    @Override
    public SashForm control() {
        return control;
    }

    @Override
    public void refresh(Command edit) {
        Design design = context.design();
        showing = true;
        try {
            show(board, withOwn(design, Catalog::getBoards, catalog.boards()), design.getBoard());
            show(runtime, withOwn(design, Catalog::getRuntimes, catalog.runtimes()), design.getRuntime());
            show(option, withOwn(design, Catalog::getMemoryOptions, catalog.memoryOptions()), design.getMemoryOption());
        } finally {
            showing = false;
        }
        StringBuilder text = new StringBuilder();
        if (design.getBoard() != null) {
            text.append(CatalogReport.board(design.getBoard())).append('\n');
        }
        if (design.getRuntime() != null) {
            text.append(CatalogReport.sourced(design.getRuntime())).append('\n');
        }
        if (design.getMemoryOption() != null) {
            text.append(CatalogReport.sourced(design.getMemoryOption()));
        }
        // a multi-line text lays itself out again on every setText, and most edits leave the facts as they were
        if (!text.toString().equals(facts.getText())) {
            facts.setText(text.toString());
        }
    }

    private static void show(ComboViewer viewer, List<?> choices, Object value) {
        if (!choices.equals(viewer.getInput())) {
            viewer.setInput(choices);
        }
        viewer.setSelection(value == null ? StructuredSelection.EMPTY : new StructuredSelection(value));
    }

    @Override
    public void analysed(DesignAnalysis.Result result) {
        // a table given a new input rebuilds its rows and has GTK measure them again: only when they changed
        if (!shown(result.entries()).equals(shown(entriesShown()))) {
            entries.setInput(result.entries());
        }
        String available = result.available() < 0 ? "no protection unit" : result.available() + " entries per module";
        String waste = result.waste() == 0 ? "none" : formatSize(result.waste());
        String layout = result.layout().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String text = (result.feasible() ? "" : "No layout fits every module's budget. ") + "Available: " + available
                + ". Waste: " + waste + " on rounding and alignment (layout: " + layout + ").";
        if (!said(result.findings()).equals(said(problems()))) {
            problems.setInput(result.findings());
        }
        if (!text.equals(summary.getText())) {
            summary.setText(text);
            // the label may wrap onto more lines; laying the page out again costs tens of milliseconds
            summary.getParent().layout(true);
        }
    }

    /** What a list of findings tells the user, whichever analysis found them. */
    private static List<List<Object>> said(List<DesignAnalysis.Shown> shown) {
        // the editor's object by identity (null when it is gone); the finding's own object is the analysis' copy
        return shown.stream().map(s -> Arrays.<Object>asList(s.finding().code(), s.finding().severity(),
                s.finding().message(), s.object(), s.finding().data())).toList();
    }

    /** The table of entries per module, for tests. */
    public TableViewer entriesViewer() {
        return entries;
    }

    /** The table of findings, for tests. */
    public TableViewer problemsViewer() {
        return problems;
    }

    /** The findings the page lists, for tests. */
    public List<DesignAnalysis.Shown> problems() {
        @SuppressWarnings("unchecked")
        List<DesignAnalysis.Shown> shown = (List<DesignAnalysis.Shown>) problems.getInput();
        return shown == null ? List.of() : shown;
    }

    /** The runtime profile's picker, for tests. */
    public ComboViewer runtimePicker() {
        return runtime;
    }

    /** The board's picker, for tests. */
    public ComboViewer boardPicker() {
        return board;
    }

    /** The facts and sources shown for the board, runtime profile and memory option. */
    public String facts() {
        return facts.getText();
    }

    /** What the page says about entries and waste, for tests. */
    public String summary() {
        return summary.getText();
    }
}
