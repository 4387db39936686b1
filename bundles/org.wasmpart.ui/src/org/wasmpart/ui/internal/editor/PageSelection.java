package org.wasmpart.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The design editor's selection for the workbench (the Properties view, the outline): what is
 * selected on the active page. Setting it shows the objects on the page that lists them.
 */
final class PageSelection implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final Consumer<ISelection> reveal;
    private ISelection current = StructuredSelection.EMPTY;

    /** @param reveal shows objects selected from outside on the page that lists them */
    PageSelection(Consumer<ISelection> reveal) {
        this.reveal = reveal;
    }

    /** The active page's selection changed, or another page became active. */
    void changed(ISelection selection) {
        current = selection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(l -> l.selectionChanged(event));
        postListeners.forEach(l -> l.selectionChanged(event));
    }

    @Override
    public ISelection getSelection() {
        return current;
    }

    @Override
    public void setSelection(ISelection selection) {
        reveal.accept(selection);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }
}
