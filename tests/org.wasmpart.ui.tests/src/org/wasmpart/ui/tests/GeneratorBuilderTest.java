package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.generate.Artifact;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.generate.OutputFolder;
import org.wasmpart.ui.internal.builder.DesignGeneration;
import org.wasmpart.ui.internal.builder.GenerateJob;
import org.wasmpart.ui.internal.builder.GenerationMarkers;
import org.wasmpart.ui.internal.builder.GeneratorBuilder;
import org.wasmpart.ui.internal.builder.WasmpartNature;
import org.wasmpart.ui.internal.commands.GenerateNowHandler;
import org.wasmpart.ui.internal.commands.NatureHandler;
import org.wasmpart.ui.internal.markers.DesignMarkers;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;

/**
 * The wasmpart nature and builder in a real workspace: a saved design is validated and its files
 * regenerated, errors and hand edits stop what they must, the settings move the output, and
 * "Generate now" runs through the command service.
 */
@ExtendWith(FailOnLoggedErrors.class)
class GeneratorBuilderTest {

    /** Every base fixed: generation needs no layout. */
    private static final String EXAMPLE = "stm32f4-sensor-hub-bare-metal.wasmpart";
    /** No base: generation lays the design out first. */
    private static final String LAID_OUT_EXAMPLE = "esp32c3-pmp-shared-heap.wasmpart";
    private static final String CONFIG = "size=\"1 KiB\" base=\"0x2001FC00\"";
    private static final String HEADER_SIZE_1K = "#define WASMPART_REGION_CONFIG_SIZE UINT32_C(0x00000400)";
    private static final String HEADER_SIZE_512 = "#define WASMPART_REGION_CONFIG_SIZE UINT32_C(0x00000200)";

    @Test
    void savingAChangedDesignRegeneratesItsFiles() throws Exception {
        IProject project = natureProject("builder-save");
        IFile design = copy(project, EXAMPLE, "hub.wasmpart");
        build();
        IFolder out = project.getFolder("generated/hub");
        IFile header = out.getFile(Generation.C_HEADER);
        assertTrue(header.exists(), "the build generated " + header.getFullPath());
        assertTrue(text(header).contains(HEADER_SIZE_1K), text(header));
        assertTrue(out.isDerived());
        for (String path : List.of(Generation.MANIFEST, Generation.C_SOURCE, Generation.CMAKE, Generation.MAKE,
                Generation.LINKER_SCRIPT, Generation.ISOLATION_REPORT, Generation.MEMORY_MAP, OutputFolder.INDEX)) {
            assertTrue(out.getFile(path).exists(), path);
        }
        String manifest = text(out.getFile(Generation.MANIFEST));

        setText(design, text(design).replace(CONFIG, "size=\"512\" base=\"0x2001FC00\""));
        build();
        assertTrue(text(header).contains(HEADER_SIZE_512), text(header));
        assertNotEquals(manifest, text(out.getFile(Generation.MANIFEST)));
        assertEquals(0, project.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_INFINITE).length);
    }

    @Test
    void aDesignWithAnErrorGetsMarkersAndItsFilesStayAsTheyWere() throws Exception {
        IProject project = natureProject("builder-error");
        IFile design = copy(project, EXAMPLE, "hub.wasmpart");
        build();
        Map<String, byte[]> before = contents(project.getFolder("generated/hub"));

        setText(design, text(design).replace(CONFIG, "size=\"1 KiB\" base=\"0x30000000\""));
        build();
        assertTrue(Arrays.stream(design.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .anyMatch(m -> "wasmpart.layout.outsideBank".equals(m.getAttribute(DesignMarkers.CODE, null))),
                "the validation marker of the region outside its bank");
        IMarker[] notGenerated = design.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, notGenerated.length);
        assertTrue(notGenerated[0].getAttribute(IMarker.MESSAGE, "").startsWith("Not generated"));
        Map<String, byte[]> after = contents(project.getFolder("generated/hub"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        setText(design, text(design).replace("base=\"0x30000000\"", "base=\"0x2001FC00\""));
        build();
        assertEquals(0, design.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
        assertEquals(0, Arrays.stream(design.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count());
    }

    @Test
    void aHandEditedFileIsKeptWithAMarkerUntilDeletedOrTheProjectSaysToOverwrite() throws Exception {
        IProject project = natureProject("builder-edited");
        IFile design = copy(project, EXAMPLE, "hub.wasmpart");
        build();
        IFile header = project.getFile("generated/hub/" + Generation.C_HEADER);
        String edited = "/* tuned by hand */\n" + text(header);
        setText(header, edited);
        String manifest = text(project.getFile("generated/hub/" + Generation.MANIFEST));

        setText(design, text(design).replace(CONFIG, "size=\"512\" base=\"0x2001FC00\""));
        build();
        assertEquals(edited, text(header), "the edit survives the build");
        assertNotEquals(manifest, text(project.getFile("generated/hub/" + Generation.MANIFEST)),
                "the files nobody edited are regenerated");
        IMarker[] kept = header.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, kept.length);
        String message = kept[0].getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("generated/hub/" + Generation.C_HEADER) && message.contains("edited by hand"),
                message);
        assertEquals(IMarker.SEVERITY_WARNING, kept[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals(design.getFullPath().toString(), kept[0].getAttribute(GenerationMarkers.DESIGN, ""));

        // as the marker says: deleting the file has it generated again
        header.delete(true, null);
        build();
        assertTrue(text(header).contains(HEADER_SIZE_512), text(header));
        assertEquals(0, project.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_INFINITE).length);

        setText(header, edited);
        IEclipsePreferences settings = new ProjectScope(project).getNode(GeneratorPreferences.QUALIFIER);
        settings.putBoolean(GeneratorPreferences.PROJECT_SPECIFIC, true);
        settings.putBoolean(GeneratorPreferences.OVERWRITE_EDITED, true);
        settings.flush();
        build();
        assertTrue(text(header).contains(HEADER_SIZE_512), text(header));
        assertFalse(text(header).contains("tuned by hand"), "overwritten once the project says so");
        assertEquals(0, project.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_INFINITE).length);
    }

    @Test
    void theProjectsOutputFolderAndKindsOfFileDecideWhatIsWrittenWhere() throws Exception {
        IProject project = natureProject("builder-settings");
        copy(project, EXAMPLE, "hub.wasmpart");
        build();
        assertTrue(project.getFile("generated/hub/" + Generation.MANIFEST).exists());

        IEclipsePreferences settings = new ProjectScope(project).getNode(GeneratorPreferences.QUALIFIER);
        settings.putBoolean(GeneratorPreferences.PROJECT_SPECIFIC, true);
        settings.put(GeneratorPreferences.OUTPUT_FOLDER, "out/wasm");
        settings.putBoolean(GeneratorPreferences.artifactKey(Artifact.REPORT), false);
        settings.flush();
        assertTrue(project.getFile(".settings/" + GeneratorPreferences.QUALIFIER + ".prefs").exists());
        build();
        IFolder moved = project.getFolder("out/wasm/hub");
        assertTrue(moved.getFile(Generation.MANIFEST).exists(), "the settings' change regenerated into " + moved);
        assertTrue(moved.getFile(Generation.C_HEADER).exists());
        assertFalse(moved.getFile(Generation.ISOLATION_REPORT).exists(), "reports were turned off");
        assertFalse(moved.getFile(Generation.MEMORY_MAP).exists());
        assertTrue(project.getFile("generated/hub/" + Generation.MANIFEST).exists(),
                "the old folder is left as it is");
    }

    @Test
    void generateNowThroughTheCommandServiceGeneratesTheSelectedDesign() throws Exception {
        IProject project = Workbench.newProject("builder-generate-now");
        IFile design = copy(project, EXAMPLE, "hub.wasmpart");
        assertFalse(WasmpartNature.isOn(project), "no builder: only the command generates");

        execute(GenerateNowHandler.COMMAND, new StructuredSelection(design));
        Job.getJobManager().join(GenerateJob.FAMILY, null);
        IFile header = project.getFile("generated/hub/" + Generation.C_HEADER);
        assertTrue(header.exists(), "Generate now wrote " + header.getFullPath());
        assertTrue(text(header).contains(HEADER_SIZE_1K), text(header));

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        // the binding as declared: under Xvfb no shell has focus, so no binding is active
        KeySequence altShiftG = KeySequence.getInstance("M2+M3+G");
        assertTrue(Arrays.stream(bindings.getBindings()).anyMatch(b -> b.getParameterizedCommand() != null
                && GenerateNowHandler.COMMAND.equals(b.getParameterizedCommand().getId())
                && altShiftG.equals(b.getTriggerSequence())
                && "org.eclipse.ui.defaultAcceleratorConfiguration".equals(b.getSchemeId())));
    }

    @Test
    void theConfigureCommandsAddAndRemoveTheNatureAndItsBuilder() throws Exception {
        IProject project = Workbench.newProject("builder-configure");
        copy(project, EXAMPLE, "hub.wasmpart");

        execute("org.wasmpart.ui.addNature", new StructuredSelection(project));
        Job.getJobManager().join(NatureHandler.FAMILY, null);
        assertTrue(WasmpartNature.isOn(project));
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec()).map(ICommand::getBuilderName)
                .anyMatch(GeneratorBuilder.ID::equals));
        build();
        assertTrue(project.getFile("generated/hub/" + Generation.MANIFEST).exists(), "adding the nature builds");

        execute("org.wasmpart.ui.removeNature", new StructuredSelection(project));
        Job.getJobManager().join(NatureHandler.FAMILY, null);
        assertFalse(WasmpartNature.isOn(project));
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec()).map(ICommand::getBuilderName)
                .noneMatch(GeneratorBuilder.ID::equals));
        assertTrue(project.getFile("generated/hub/" + Generation.MANIFEST).exists(), "generated files stay");
    }

    @Test
    void cancellingLeavesThePreviousFilesWholeAndNoTemporaryFile() throws Exception {
        IProject project = Workbench.newProject("builder-cancel");
        IFile design = copy(project, LAID_OUT_EXAMPLE, "heap.wasmpart");
        DesignGeneration.run(List.of(design), new NullProgressMonitor());
        IFolder out = project.getFolder("generated/heap");
        Map<String, byte[]> before = contents(out);
        assertTrue(before.containsKey(Generation.MANIFEST), before.keySet().toString());

        setText(design, text(design).replace("description=\"ESP32-C3 with PMP",
                "description=\"Changed: ESP32-C3 with PMP"));
        // cancelled as soon as the design has been validated, before the layout and the writing
        NullProgressMonitor cancelling = new NullProgressMonitor() {
            @Override
            public void internalWorked(double work) {
                setCanceled(true);
            }

            @Override
            public void worked(int work) {
                setCanceled(true);
            }
        };
        assertThrows(OperationCanceledException.class, () -> DesignGeneration.run(List.of(design), cancelling));
        Map<String, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet(), "no file added, none half-written");
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertTrue(OutputFolder.intact(out.getLocation().toPath()));
    }

    private static IProject natureProject(String name) throws CoreException {
        IProject project = Workbench.newProject(name);
        WasmpartNature.add(project, null);
        return project;
    }

    private static IFile copy(IProject project, String example, String name) throws IOException, CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(Files.readAllBytes(Path.of("../../examples", example))), IResource.FORCE,
                null);
        return file;
    }

    /** What a save does: the auto-build runs the builder; an explicit build makes it happen now. */
    private static void build() throws CoreException, InterruptedException {
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
    }

    private static void execute(String commandId, StructuredSelection selection) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
        handlers.executeCommandInContext(
                ParameterizedCommand.generateCommand(commands.getCommand(commandId), null), null, context);
    }

    private static String text(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void setText(IFile file, String text) throws CoreException {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }

    /** Every file below the folder on disk (temporary files included), by relative path. */
    private static Map<String, byte[]> contents(IFolder folder) throws IOException {
        Path root = folder.getLocation().toPath();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
