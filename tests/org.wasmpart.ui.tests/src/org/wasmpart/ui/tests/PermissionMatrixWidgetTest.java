package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.Designs;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Permission;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage.Literals;
import org.wasmpart.ui.internal.widgets.PermissionMatrixWidget;
import org.wasmpart.ui.internal.widgets.PermissionMatrixWidget.Cell;

@ExtendWith(FailOnLoggedErrors.class)
class PermissionMatrixWidgetTest {

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    private PermissionMatrixWidget open(ExampleDomain example) {
        shell = new Shell(Display.getCurrent());
        shell.setText("Permission matrix");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 640, 360);
        PermissionMatrixWidget matrix = new PermissionMatrixWidget(shell, example.design(), example.domain());
        shell.open();
        shell.forceActive();
        matrix.setFocus();
        Workbench.flush();
        return matrix;
    }

    @Test
    void theKeyboardGrantsChangesAndRemovesAPermissionEachOneUndoableCommand() throws Exception {
        ExampleDomain example = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart");
        Design design = example.design();
        CommandStack stack = example.domain().getCommandStack();
        WasmModule uplink = module(design, "uplink");
        Subpartition data = region(design, "samples").getSubpartitions().stream()
                .filter(s -> s.getId().equals("samples.data")).findFirst().orElseThrow();
        PermissionMatrixWidget matrix = open(example);
        Cell target = new Cell(matrix.rows().indexOf(data), matrix.modules().indexOf(uplink));
        assertEquals(new Cell(0, 0), matrix.focusCell());
        assertTrue(target.row() > 0 && target.column() > 0, "the arrows have somewhere to go: " + target);

        for (int i = 0; i < target.row(); i++) {
            press(matrix, SWT.ARROW_DOWN);
        }
        for (int i = 0; i < target.column(); i++) {
            press(matrix, SWT.ARROW_RIGHT);
        }
        assertEquals(target, matrix.focusCell());
        assertEquals("uplink on samples.data: no access", matrix.describe(target));

        type(matrix, 'w');
        Grant grant = Designs.grant(uplink, data).orElseThrow(() -> new AssertionError("W granted nothing"));
        assertEquals(Permission.RW, grant.getPermission());
        assertEquals("uplink on samples.data: RW", matrix.describe(target));
        Workbench.screenshot(shell, "permission-matrix");

        type(matrix, ' ');
        assertEquals(Permission.RX, grant.getPermission(), "Space cycles RW to RX");
        type(matrix, 'n');
        assertEquals(Optional.empty(), Designs.grant(uplink, data));

        stack.undo();
        assertSame(grant, Designs.grant(uplink, data).orElseThrow(), "one undo brings the removed grant back");
        assertEquals(Permission.RX, grant.getPermission());
        stack.undo();
        assertEquals(Permission.RW, grant.getPermission());
        stack.undo();
        assertEquals(Optional.empty(), Designs.grant(uplink, data), "one undo takes the added grant away");
        assertTrue(!stack.canUndo(), "three keys, three commands");
        stack.redo();
        assertEquals(Permission.RW, Designs.grant(uplink, data).orElseThrow().getPermission());
    }

    @Test
    void aDoubleClickMovesACellToItsNextValueAndTheMenuChoosesOne() throws Exception {
        ExampleDomain example = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart");
        WasmModule sensor = module(example.design(), "sensor");
        SharedRegion config = region(example.design(), "config");
        PermissionMatrixWidget matrix = open(example);
        Cell cell = new Cell(matrix.rows().indexOf(config), matrix.modules().indexOf(sensor));
        assertEquals(Permission.R, Designs.grant(sensor, config).orElseThrow().getPermission());

        Rectangle r = matrix.cellBounds(cell);
        Event click = new Event();
        click.button = 1;
        click.x = r.x + r.width / 2;
        click.y = r.y + r.height / 2;
        matrix.notifyListeners(SWT.MouseDown, click);
        matrix.notifyListeners(SWT.MouseDoubleClick, click);

        assertEquals(cell, matrix.focusCell());
        assertEquals(Permission.RW, Designs.grant(sensor, config).orElseThrow().getPermission());

        Menu menu = matrix.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem[] choices = menu.getItems();
        assertEquals(List.of("&No access\tN", "&Read (R)\tR", "Read-&write (RW)\tW", "Read-e&xecute (RX)\tX"),
                Arrays.stream(choices).map(MenuItem::getText).toList());
        assertEquals(List.of(false, false, true, false), Arrays.stream(choices).map(MenuItem::getSelection).toList());
        choices[2].setSelection(false);
        choices[0].setSelection(true);
        choices[0].notifyListeners(SWT.Selection, new Event());
        assertEquals(Optional.empty(), Designs.grant(sensor, config), "the menu took the grant away");
    }

    @Test
    void theFocusCellIsTheSelection() throws Exception {
        ExampleDomain example = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart");
        WasmModule sensor = module(example.design(), "sensor");
        SharedRegion config = region(example.design(), "config");
        Grant grant = Designs.grant(sensor, config).orElseThrow();
        PermissionMatrixWidget matrix = open(example);
        List<Object> selected = new ArrayList<>();
        matrix.addSelectionChangedListener(e -> selected.add(((IStructuredSelection) e.getSelection()).getFirstElement()));

        matrix.setSelection(new StructuredSelection(grant));
        assertEquals(new Cell(matrix.rows().indexOf(config), matrix.modules().indexOf(sensor)), matrix.focusCell());
        press(matrix, SWT.ARROW_UP);
        type(matrix, 'r');

        Shareable above = matrix.rows().get(matrix.rows().indexOf(config) - 1);
        Grant added = Designs.grant(sensor, above).orElseThrow();
        assertEquals(List.of(grant, above, added), selected, "the grant, the region without one, the grant made");
    }

    @Test
    void theMatrixFollowsTheDesign() throws Exception {
        ExampleDomain example = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart");
        PermissionMatrixWidget matrix = open(example);
        int rows = matrix.rows().size();
        SharedRegion added = WasmpartFactory.eINSTANCE.createSharedRegion();
        added.setId("logbook");
        added.setSize(1024);

        example.domain().getCommandStack().execute(new AddCommand(example.domain(), example.design(),
                Literals.DESIGN__REGIONS, added));
        Workbench.flush();

        assertEquals(rows + 1, matrix.rows().size());
        assertSame(added, matrix.rows().get(rows));
        example.domain().getCommandStack().undo();
        Workbench.flush();
        assertEquals(rows, matrix.rows().size());
    }

    @Test
    void aFindingAboutAGrantMarksItsCell() throws Exception {
        ExampleDomain example = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart");
        WasmModule filter = module(example.design(), "filter");
        Subpartition data = region(example.design(), "samples").getSubpartitions().stream()
                .filter(s -> s.getId().equals("samples.data")).findFirst().orElseThrow();
        PermissionMatrixWidget matrix = open(example);
        Cell cell = new Cell(matrix.rows().indexOf(data), matrix.modules().indexOf(filter));
        matrix.setFocusCell(cell.row(), cell.column());
        type(matrix, 'w');

        List<Finding> findings = DesignValidator.standard().validate(EcoreUtil.copy(example.design()));
        matrix.setFindings(findings);

        Finding consumerWrites = findings.stream().filter(f -> f.code() == DiagnosticCode.DISCIPLINE_CONSUMER_WRITES_DATA)
                .findFirst().orElseThrow();
        assertTrue(matrix.describe(cell).startsWith("filter on samples.data: RW\nERROR: " + consumerWrites.message()),
                matrix.describe(cell));
        assertEquals("sensor on samples.data: no access", matrix.describe(new Cell(cell.row(), 0)));
        Workbench.screenshot(shell, "permission-matrix-finding");
        matrix.setFindings(List.of());
        assertEquals("filter on samples.data: RW", matrix.describe(cell));
    }

    @Test
    void aThousandRegionsScrollToTheFocusCell() throws Exception {
        ExampleDomain example = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart");
        for (int i = 0; i < 1000; i++) {
            SharedRegion r = WasmpartFactory.eINSTANCE.createSharedRegion();
            r.setId("r" + i);
            r.setSize(64);
            example.design().getRegions().add(r);
        }
        PermissionMatrixWidget matrix = open(example);
        assertEquals(1007, matrix.rows().size());

        Event end = new Event();
        end.keyCode = SWT.END;
        end.stateMask = SWT.MOD1;
        matrix.notifyListeners(SWT.KeyDown, end);

        assertEquals(new Cell(1006, 2), matrix.focusCell());
        assertTrue(matrix.getVerticalBar().getSelection() > 0, "scrolled down");
        Rectangle shown = matrix.cellBounds(matrix.focusCell());
        assertTrue(matrix.getClientArea().contains(shown.x, shown.y + shown.height - 1), shown + " is in view");
        type(matrix, 'r');
        assertEquals(Permission.R, Designs.grant(module(example.design(), "uplink"), matrix.rows().get(1006))
                .orElseThrow().getPermission());
        Workbench.screenshot(shell, "permission-matrix-1000-regions");
    }

    static WasmModule module(Design design, String id) {
        return design.getModules().stream().filter(m -> m.getId().equals(id)).findFirst().orElseThrow();
    }

    static SharedRegion region(Design design, String id) {
        return design.getRegions().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static void press(PermissionMatrixWidget matrix, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        matrix.notifyListeners(SWT.KeyDown, e);
        Workbench.flush();
    }

    private static void type(PermissionMatrixWidget matrix, char character) {
        Event e = new Event();
        e.keyCode = character;
        e.character = character;
        matrix.notifyListeners(SWT.KeyDown, e);
        Workbench.flush();
    }
}
