package org.wasmpart.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.wasmpart.model.Design;

/**
 * What a page of the design editor works with.
 *
 * @param domain         run every edit as a command on its command stack
 * @param design         the design the editor shows
 * @param adapterFactory the EMF.Edit item providers, for labels, icons and property descriptors
 * @param reveal         shows objects on the page that lists them and selects them there
 */
public record DesignPageContext(EditingDomain domain, Design design, AdapterFactory adapterFactory,
        Consumer<ISelection> reveal) {
}
