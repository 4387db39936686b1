package org.wasmpart.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wasmpart.core.fix.Fix;

/**
 * Ctrl+1 in the design editor: a pop-up menu of the quick fixes for the selection, at the focused
 * control, chosen with the arrow keys and Enter or the mouse. Returns the menu, so that callers of
 * the command (tests) can pick from it.
 */
public final class QuickFixHandler extends AbstractHandler {

    @Override
    public Menu execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof DesignEditor editor) || editor.getShownPage() == null) {
            return null;
        }
        // trying a fix out encodes a copy of the design: show that the click was taken
        List<Fix> fixes = new ArrayList<>();
        Display display = editor.getSite().getShell().getDisplay();
        BusyIndicator.showWhile(display, () -> fixes.addAll(QuickFixes.offered(editor)));
        Control anchor = display.getFocusControl() != null ? display.getFocusControl()
                : editor.getShownPage().control();
        Menu menu = new Menu(anchor);
        // after the item's selection has been handled, which comes after Hide on some platforms
        menu.addListener(SWT.Hide, e -> display.asyncExec(menu::dispose));
        if (fixes.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText(editor.getAnalysed() == null ? "No quick fixes yet: the design is being checked"
                    : "No quick fixes for the selection");
            none.setEnabled(false);
        }
        for (Fix fix : fixes) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(fix.label().replace("&", "&&"));
            item.addListener(SWT.Selection, e -> QuickFixes.apply(editor, fix));
        }
        Rectangle bounds = anchor.getBounds();
        Point at = anchor.getParent() == null ? new Point(bounds.x, bounds.y)
                : anchor.getParent().toDisplay(bounds.x, bounds.y + Math.min(bounds.height, 24));
        menu.setLocation(at);
        menu.setVisible(true);
        return menu;
    }
}
