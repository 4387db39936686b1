package org.wasmpart.ide.tests;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Checks the wasmpart IDE from inside the product when it starts with
 * {@code -Dwasmpart.ide.check=DIR} (its first start and the design editor, {@link FirstStartCheck};
 * the User Guide, {@link UserGuideCheck}), writes {@code DIR/result.txt} and a screenshot of the
 * workbench window, {@code DIR/ide.png}, and closes the workbench. Without the property it does
 * nothing.
 */
public final class ProductCheck implements IStartup {

    private static final String PROPERTY = "wasmpart.ide.check";

    @Override
    public void earlyStartup() {
        String out = System.getProperty(PROPERTY);
        if (out == null) {
            return;
        }
        // a thread of its own rather than the early start-up job, which the check would keep busy
        Thread check = new Thread(() -> run(Path.of(out)), "wasmpart product check");
        check.setDaemon(true);
        check.start();
    }

    private static void run(Path dir) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Ui ui = new Ui(display);
        Report report = new Report();
        FirstStartCheck check = new FirstStartCheck(ui, report);
        report.step(check::verify);
        report.step(new UserGuideCheck(report)::verify);
        // after a failure too: the picture shows what the window showed then
        Path png = dir.resolve("ide.png");
        report.step(() -> ui.screenshot(png));
        if (report.passed()) {
            report.step(check::deleteExamples);
        }
        report.write(dir.resolve("result.txt"));
        display.asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
