package org.wasmpart.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code and the EMF.Edit item providers from {@code model/wasmpart.genmodel}
 * outside OSGi. The model's output folder is emptied first: its generated files carry no hand
 * edits (custom behaviour sits in the genmodel's create/convert annotations or in hand-written
 * classes), so the result depends only on the model. The edit bundle's item providers are merged
 * instead, so that a method marked {@code @generated NOT} keeps its hand edit.
 */
public final class RegenerateModel {

    private RegenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]).toRealPath();
        Path editBundle = Path.of(args[1]).toRealPath();
        Path srcGen = bundle.resolve("src-gen");
        deleteTree(srcGen);
        Files.createDirectories(srcGen);

        EcorePlugin.getPlatformResourceMap().put("org.wasmpart.model",
                URI.createFileURI(bundle.toString() + "/"));
        EcorePlugin.getPlatformResourceMap().put("org.wasmpart.edit",
                URI.createFileURI(editBundle.toString() + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        URI genModelUri = URI.createPlatformResourceURI("/org.wasmpart.model/model/wasmpart.genmodel", true);
        GenModel genModel = (GenModel) rs.getResource(genModelUri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);

        Diagnostic status = genModel.diagnose();
        if (status.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel is invalid: " + status);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        generate(generator, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
        System.out.println("regenerated " + srcGen);
        generate(generator, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
        System.out.println("regenerated " + editBundle.resolve("src-gen"));
    }

    private static void generate(Generator generator, GenModel genModel, String projectType) {
        Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("generation of the " + projectType + " failed: " + result);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
