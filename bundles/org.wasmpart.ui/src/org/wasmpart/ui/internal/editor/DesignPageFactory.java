package org.wasmpart.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;

/**
 * Makes one page of the design editor; {@link DesignPages#all()} lists the factories in tab order.
 * The editor builds the pages again when it reloads the file, so a page may keep the design it is
 * given for its whole life.
 */
public interface DesignPageFactory {

    /** The tab's label. */
    String title();

    DesignPage create(Composite parent, DesignPageContext context);
}
