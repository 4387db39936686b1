package org.wasmpart.ide.tests;

import static org.wasmpart.ide.tests.Report.expect;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.wasmpart.examples.BundledExample;

/**
 * What issue #7 asks of the IDE product, checked in the running product: it is the wasmpart IDE;
 * its first start imported the bundled examples into a wasmpart project and opened one of them;
 * the builder generated them; and opening another design shows the wasmpart design editor with
 * its pages.
 */
final class FirstStartCheck {

    private static final String PRODUCT = "org.wasmpart.ide.branding.product";
    private static final String PROJECT = "wasmpart-examples";
    /** The design the first start opens. */
    private static final String FIRST_DESIGN = "stm32f4-sensor-hub-bare-metal.wasmpart";
    /** The design this check opens, and the builder's manifest for it. */
    private static final String DESIGN = "nrf5340-audio-bare-metal.wasmpart";
    private static final String MANIFEST = "generated/nrf5340-audio-bare-metal/wasmpart-manifest.json";
    private static final String NATURE = "org.wasmpart.ui.wasmpartNature";
    private static final String EDITOR = "org.wasmpart.ui.designEditor";
    private static final List<String> PAGES = List.of("Overview", "Modules", "Regions", "Permissions", "Memory Map");
    private static final Duration FIRST_START = Duration.ofSeconds(90);
    private static final Duration SHOWN = Duration.ofSeconds(30);

    private final Ui ui;
    private final Report report;
    private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);

    FirstStartCheck(Ui ui, Report report) {
        this.ui = ui;
        this.report = report;
    }

    void verify() throws Exception {
        // the size of the screenshot in the README; under Xvfb no window manager maximises it
        ui.call(() -> {
            window().getShell().setBounds(0, 0, 1280, 800);
            return null;
        });
        IProduct product = Platform.getProduct();
        expect(product != null && PRODUCT.equals(product.getId()),
                () -> "the running product is " + (product == null ? "none" : product.getId()) + ", not " + PRODUCT);
        report.saw("product " + product.getId() + " (" + product.getName() + ")");

        IFile first = project.getFile(FIRST_DESIGN);
        ui.await(FIRST_START, () -> page().findEditor(new FileEditorInput(first)) != null,
                () -> "the first start to open " + first.getFullPath() + "; the project "
                        + (project.exists() ? "exists" : "does not exist"));
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        report.saw(String.format("first start: %s open %.1f s after the JVM started", first.getFullPath(), sinceStart / 1000.0));

        expect(project.isOpen() && project.hasNature(NATURE), () -> PROJECT + " is not an open project with " + NATURE);
        List<String> examples = BundledExample.all().stream().map(BundledExample::fileName).toList();
        List<String> missing = examples.stream().filter(name -> !project.getFile(name).exists()).toList();
        expect(!examples.isEmpty() && missing.isEmpty(),
                () -> PROJECT + " lacks the examples " + missing + " of the " + examples.size() + " bundled");
        report.saw(PROJECT + ": " + NATURE + ", " + examples.size() + " designs " + examples);
        IFile manifest = project.getFile(MANIFEST);
        ui.await(FIRST_START, () -> manifest.exists(), () -> "the builder to generate " + manifest.getFullPath());
        report.saw("the builder generated " + manifest.getFullPath());

        IFile design = project.getFile(DESIGN);
        IEditorPart editor = ui.call(() -> IDE.openEditor(page(), design));
        String id = editor.getSite().getId();
        expect(EDITOR.equals(id), () -> design.getFullPath() + " opened in " + id + ", not " + EDITOR);
        expect(ui.call(() -> page().getActiveEditor() == editor), () -> "the opened editor is not the active one");
        ui.await(SHOWN, () -> visibleTabs().contains(PAGES),
                () -> "the design editor to show its pages " + PAGES + "; the window shows tabs " + visibleTabs());
        report.saw(design.getFullPath() + " opened in " + id + " showing the pages " + PAGES);
        // the screenshot then shows every design validated and generated, the status line idle
        ui.await(FIRST_START, () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0,
                () -> "the workspace build to end");
    }

    /**
     * Deletes the examples' project as a user would; the next start of this workspace must not
     * bring it back (scripts/test-product.sh starts the product on it again).
     */
    void deleteExamples() throws Exception {
        ui.call(() -> page().closeAllEditors(false));
        project.delete(true, true, null);
        report.saw("deleted " + PROJECT);
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    private static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** The items of every tab folder the window shows (editor and view stacks, an editor's pages). */
    private static List<List<String>> visibleTabs() {
        List<List<String>> tabs = new ArrayList<>();
        collectTabs(window().getShell(), tabs);
        return tabs;
    }

    private static void collectTabs(Control control, List<List<String>> tabs) {
        if (!control.isVisible()) {
            return;
        }
        if (control instanceof CTabFolder folder) {
            tabs.add(List.of(folder.getItems()).stream().map(CTabItem::getText).toList());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, tabs);
            }
        }
    }
}
