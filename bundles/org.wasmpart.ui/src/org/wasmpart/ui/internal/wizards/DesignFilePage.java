package org.wasmpart.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/** The folder-and-name page, which writes the bytes the wizard prepared into the new file. */
final class DesignFilePage extends WizardNewFileCreationPage {

    private byte[] contents = new byte[0];

    DesignFilePage(IStructuredSelection selection) {
        super("file", selection);
        setTitle("wasmpart Design");
        setDescription("Choose the folder and the name of the new design.");
        setFileExtension("wasmpart");
        setFileName("design.wasmpart");
    }

    void setContents(byte[] contents) {
        this.contents = contents.clone();
    }

    @Override
    protected InputStream getInitialContents() {
        return new ByteArrayInputStream(contents);
    }
}
