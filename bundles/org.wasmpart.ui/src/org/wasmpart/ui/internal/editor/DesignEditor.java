package org.wasmpart.ui.internal.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.Problem;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.model.Design;
import org.wasmpart.model.provider.WasmpartItemProviderAdapterFactory;
import org.wasmpart.ui.internal.markers.DesignMarkers;

/**
 * The design editor: one page per {@link DesignPages} factory over an EMF editing domain, so every
 * edit is a command (undo, redo, dirty state), saved through the core's {@link DesignIO} in the
 * format the core reads. The outline and the Properties view follow the selection; findings and
 * the layout summary are worked out in a job after edits ({@link DesignAnalysis}). The editor
 * follows its file ({@link DesignFileWatch}): it reloads when the file changes underneath and
 * holds no unsaved edits, asks first when it does, and follows moves. A file that cannot be read
 * opens too, listing its located problems.
 */
public final class DesignEditor extends MultiPageEditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = "org.wasmpart.ui.designEditor";
    private static final String CONTEXT = "org.wasmpart.ui.designEditorScope";

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            List.of(new WasmpartItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, stack,
            WasmpartResources.newResourceSet());
    private final PageSelection selection = new PageSelection(this::reveal);
    private final List<DesignPage> pages = new ArrayList<>();
    private final CommandStackAction undo = CommandStackAction.undo(stack);
    private final CommandStackAction redo = CommandStackAction.redo(stack);
    private final Action revert = new Action("Re&vert") {
        @Override
        public void run() {
            revert();
        }
    };

    private URI uri;
    private String label;
    private IFile file;
    private DesignFileWatch watch;
    private long loadedStamp = IResource.NULL_STAMP;
    private Design design;
    private List<Problem> problems = List.of();
    private Text problemsText;
    private DesignAnalysis analysis;
    private DesignAnalysis.Result analysed;
    private DesignOutlinePage outline;
    private DesignPropertySheetPage properties;
    private boolean linking;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
        uri = uriOf(input);
        if (uri == null) {
            throw new PartInitException("wasmpart designs open from files only, not from " + input.getName());
        }
        if (input instanceof IFileEditorInput fileInput) {
            file = fileInput.getFile();
            label = file.getFullPath().makeRelative().toString();
            watch = new DesignFileWatch(this);
            watch.start();
        } else {
            label = input.getName();
        }
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        stack.addCommandStackListener(event -> commandStackChanged());
        revert.setEnabled(false);
        load();
    }

    private void load() {
        try {
            design = DesignIO.load(domain.getResourceSet(), uri, label);
            problems = List.of();
        } catch (DesignLoadException e) {
            design = null;
            problems = e.problems();
        }
        loadedStamp = file == null ? IResource.NULL_STAMP : file.getModificationStamp();
    }

    @Override
    protected void createPages() {
        analysis = new DesignAnalysis(getPartName(), getSite().getShell().getDisplay(), this::analysed);
        getSite().getService(IContextService.class).activateContext(CONTEXT);
        createContents();
    }

    private void createContents() {
        if (design == null) {
            problemsText = new Text(getContainer(), SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
            problemsText.setFont(JFaceResources.getTextFont());
            StringBuilder b = new StringBuilder("This design cannot be shown until these problems are fixed"
                    + " (open it with a text editor: Open With > Text Editor):\n\n");
            problems.forEach(p -> b.append(p).append('\n'));
            problemsText.setText(b.toString());
            setPageText(addPage(problemsText), "Problems");
            return;
        }
        problemsText = null;
        DesignPageContext context = new DesignPageContext(domain, design, adapterFactory, this::reveal);
        for (DesignPageFactory factory : DesignPages.all()) {
            DesignPage page = factory.create(getContainer(), context);
            setPageText(addPage(page.control()), factory.title());
            pages.add(page);
            ISelectionProvider provider = page.selectionProvider();
            if (provider != null) {
                provider.addSelectionChangedListener(e -> pageSelectionChanged(page, e.getSelection()));
            }
        }
        analysis.analyse(design);
    }

    /** After every execute, undo, redo and flush: dirty state, actions, pages, a new analysis. */
    private void commandStackChanged() {
        stateChanged();
        // no pages: the stack was flushed by a revert, which builds pages, outline and analysis anew
        if (getContainer() == null || getContainer().isDisposed() || design == null || pages.isEmpty()) {
            return;
        }
        Command edit = stack.getMostRecentCommand();
        pages.forEach(p -> p.refresh(edit));
        if (outline != null) {
            outline.refresh(edit);
        }
        if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
            properties.refresh();
        }
        analysis.analyse(design);
    }

    /** Dirty state and the actions that follow the stack; after a save, nothing else changed. */
    private void stateChanged() {
        firePropertyChange(PROP_DIRTY);
        undo.update();
        redo.update();
        revert.setEnabled(isDirty());
    }

    private void analysed(DesignAnalysis.Result result) {
        if (getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        analysed = result;
        pages.forEach(p -> p.analysed(result));
    }

    private void pageSelectionChanged(DesignPage page, ISelection selected) {
        if (pages.indexOf(page) != getActivePage()) {
            return;
        }
        selection.changed(selected);
        if (!linking && outline != null) {
            linking = true;
            try {
                outline.show(selected);
            } finally {
                linking = false;
            }
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (newPageIndex >= 0 && newPageIndex < pages.size()) {
            ISelectionProvider provider = pages.get(newPageIndex).selectionProvider();
            selection.changed(provider == null ? StructuredSelection.EMPTY : provider.getSelection());
        }
    }

    /**
     * Shows the objects on the active page if it lists them, else on the first page that does
     * (switching to it); an object no page lists (a subpartition, a grant) is shown through the
     * object that contains it.
     */
    void reveal(ISelection wanted) {
        if (linking || !(wanted instanceof IStructuredSelection s) || s.isEmpty() || pages.isEmpty()) {
            return;
        }
        linking = true;
        try {
            for (Object element = s.getFirstElement(); element instanceof EObject o; element = o.eContainer()) {
                ISelection one = element == s.getFirstElement() ? s : new StructuredSelection(element);
                if (showOn(getActivePage(), one)) {
                    return;
                }
                for (int i = 0; i < pages.size(); i++) {
                    if (i != getActivePage() && showOn(i, one)) {
                        setActivePage(i);
                        return;
                    }
                }
            }
        } finally {
            linking = false;
        }
    }

    private boolean showOn(int index, ISelection wanted) {
        if (index < 0 || index >= pages.size() || pages.get(index).selectionProvider() == null) {
            return false;
        }
        ISelectionProvider provider = pages.get(index).selectionProvider();
        provider.setSelection(wanted);
        return !provider.getSelection().isEmpty();
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String objectUri = marker.getAttribute(DesignMarkers.URI, null);
        if (objectUri != null && design != null) {
            EObject object = design.eResource().getEObject(URI.createURI(objectUri).fragment());
            if (object != null) {
                reveal(new StructuredSelection(object));
            }
        }
    }

    IFile file() {
        return file;
    }

    long loadedStamp() {
        return loadedStamp;
    }

    boolean isClosed() {
        return getContainer() == null || getContainer().isDisposed();
    }

    void close() {
        getSite().getPage().closeEditor(this, false);
    }

    /** Edits the file at its new place: it was moved or renamed, or saved there (Save As). */
    void follow(IFile moved) {
        URI old = uri;
        file = moved;
        FileEditorInput input = new FileEditorInput(moved);
        uri = uriOf(input);
        label = moved.getFullPath().makeRelative().toString();
        // an unreadable file's resource holds no design but is unloaded by URI on reload
        domain.getResourceSet().getResources().stream().filter(r -> old.equals(r.getURI())).forEach(r -> r.setURI(uri));
        loadedStamp = moved.getModificationStamp();
        setInputWithNotify(input);
        setPartName(moved.getName());
    }

    /**
     * Throws away unsaved edits and shows the file as it is: reads it again and builds the pages
     * anew; the undo history goes with the old design.
     */
    public void revert() {
        int active = getActivePage();
        // the pages go first, last page first: removing a page shows the next one, and a page shown
        // while its design was unloaded would start work on proxies (the memory map did, in a job)
        while (getPageCount() > 0) {
            removePage(getPageCount() - 1);
        }
        pages.clear();
        stack.flush();
        domain.getResourceSet().getResources().removeIf(r -> {
            if (r.getURI().equals(uri)) {
                r.unload();
                return true;
            }
            return false;
        });
        load();
        createContents();
        if (outline != null && design != null) {
            outline.setDesign(design);
        }
        setActivePage(Math.max(0, Math.min(active, getPageCount() - 1)));
        // the Properties view and the outline must let go of the old design's objects
        DesignPage shown = getShownPage();
        selection.changed(shown == null || shown.selectionProvider() == null ? StructuredSelection.EMPTY
                : shown.selectionProvider().getSelection());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (design == null) {
            return;
        }
        try {
            if (file != null) {
                if (!watch.mayOverwrite()) {
                    if (monitor != null) {
                        monitor.setCanceled(true);
                    }
                    return;
                }
                write(file, monitor);
            } else {
                DesignIO.save(design);
            }
            stack.saveIsDone();
            // the design is what it was: no page to refresh, nothing to analyse again
            stateChanged();
        } catch (IOException | CoreException e) {
            StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.wasmpart.ui",
                    "Could not save " + label + ": " + e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    /** Writes the design into the file, creating it when it was deleted. */
    private void write(IFile target, IProgressMonitor monitor) throws IOException, CoreException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DesignIO.write(design, uri, bytes);
        // creates the file when it was deleted
        target.write(bytes.toByteArray(), true, false, true, monitor);
        loadedStamp = target.getModificationStamp();
    }

    /** Saves the design into another workspace file, which the editor then edits. */
    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        dialog.setOriginalFile(file);
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return;
        }
        IPath path = dialog.getResult();
        if (path.getFileExtension() == null) {
            path = path.addFileExtension("wasmpart");
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        if (target.equals(file)) {
            doSave(null);
            return;
        }
        try {
            write(target, null);
            follow(target);
            stack.saveIsDone();
            stateChanged();
        } catch (IOException | CoreException e) {
            StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.wasmpart.ui",
                    "Could not save " + label + " as " + path.makeRelative() + ": " + e.getMessage(), e),
                    StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /** Save As works for designs in the workspace, where the editor can go on editing the copy. */
    @Override
    public boolean isSaveAsAllowed() {
        return file != null && design != null;
    }

    @Override
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && design != null) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new DesignOutlinePage(adapterFactory, design);
                outline.addSelectionChangedListener(e -> reveal(e.getSelection()));
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class && design != null) {
            properties = new DesignPropertySheetPage(this, adapterFactory);
            return type.cast(properties);
        }
        return super.getAdapter(type);
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    CommandStackAction undoAction() {
        return undo;
    }

    CommandStackAction redoAction() {
        return redo;
    }

    Action revertAction() {
        return revert;
    }

    /** The loaded design, or null when the file has problems. */
    public Design getDesign() {
        return design;
    }

    /** The file's load problems, when it cannot be read. */
    public List<Problem> getProblems() {
        return problems;
    }

    /** What the editor says about a file it cannot read. */
    public String getProblemsText() {
        return problemsText == null ? "" : problemsText.getText();
    }

    /** The pages in tab order (none for a file that cannot be read). */
    public List<DesignPage> getPages() {
        return List.copyOf(pages);
    }

    /** The page on top, or null for a file that cannot be read. */
    public DesignPage getShownPage() {
        int index = getActivePage();
        return index >= 0 && index < pages.size() ? pages.get(index) : null;
    }

    public void showPage(DesignPage page) {
        setActivePage(pages.indexOf(page));
    }

    /** The latest analysis shown, or null before the first. */
    public DesignAnalysis.Result getAnalysed() {
        return analysed;
    }

    /** Whether the analysis shown is of the design as it is now, rather than before the latest edits. */
    public boolean isAnalysisCurrent() {
        return analysis != null && analysis.isCurrent();
    }

    @Override
    public void dispose() {
        if (watch != null) {
            watch.stop();
        }
        if (analysis != null) {
            analysis.cancel();
        }
        super.dispose();
        adapterFactory.dispose();
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
}
