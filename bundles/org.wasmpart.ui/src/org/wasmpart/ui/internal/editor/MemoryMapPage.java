package org.wasmpart.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.wasmpart.ui.internal.widgets.MemoryMapWidget;

/** The banks drawn to scale: the memory map widget as an editor page; it follows the design itself. */
final class MemoryMapPage implements DesignPage {

    static final DesignPageFactory FACTORY = new DesignPageFactory() {
        @Override
        public String title() {
            return "Memory Map";
        }

        @Override
        public DesignPage create(Composite parent, DesignPageContext context) {
            return new MemoryMapPage(new MemoryMapWidget(parent, context.design()));
        }
    };

    private final MemoryMapWidget map;

    private MemoryMapPage(MemoryMapWidget map) {
        this.map = map;
    }

    @Override
    public Control control() {
        return map;
    }
}
