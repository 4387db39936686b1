package org.wasmpart.ui.tests;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.model.Design;

/** An example design loaded into an editing domain with its own command stack, as the design editor holds it. */
record ExampleDomain(Design design, EditingDomain domain) {

    static ExampleDomain load(String example) throws Exception {
        ResourceSet resources = WasmpartResources.newResourceSet();
        Path file = Path.of("../../examples", example).toAbsolutePath().normalize();
        Design design = DesignIO.load(resources, URI.createFileURI(file.toString()), example);
        EditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
                resources);
        return new ExampleDomain(design, domain);
    }
}
