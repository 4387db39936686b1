package org.wasmpart.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.wasmpart.ui.internal.widgets.PermissionMatrixWidget;

/**
 * Who may reach what: the permission matrix widget as an editor page. Its edits are commands on the
 * editor's domain; the editor's analysis marks the cells its findings concern.
 */
final class PermissionMatrixPage implements DesignPage {

    static final DesignPageFactory FACTORY = new DesignPageFactory() {
        @Override
        public String title() {
            return "Permissions";
        }

        @Override
        public DesignPage create(Composite parent, DesignPageContext context) {
            return new PermissionMatrixPage(new PermissionMatrixWidget(parent, context.design(), context.domain()));
        }
    };

    private final PermissionMatrixWidget matrix;

    private PermissionMatrixPage(PermissionMatrixWidget matrix) {
        this.matrix = matrix;
    }

    @Override
    public Control control() {
        return matrix;
    }

    @Override
    public void analysed(DesignAnalysis.Result result) {
        matrix.setFindings(result.findings().stream().map(DesignAnalysis.Shown::finding).toList());
    }
}
