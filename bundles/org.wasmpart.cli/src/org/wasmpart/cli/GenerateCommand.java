package org.wasmpart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.BasicMonitor;
import org.wasmpart.core.SourceLines;
import org.wasmpart.core.TextTable;
import org.wasmpart.core.generate.Artifact;
import org.wasmpart.core.generate.GeneratedFile;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.generate.GenerationException;
import org.wasmpart.core.generate.GenerationOptions;
import org.wasmpart.core.generate.OutputFolder;
import org.wasmpart.core.generate.ReferenceTypesPolicy;
import org.wasmpart.core.generate.WrittenFile;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Validate a design, place what has no base (on a copy: the design file is not changed) and "
                + "write the manifest, the C configuration and the build settings into a folder. A file edited "
                + "by hand since generate wrote it is not overwritten without --force.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:every file written or already up to date",
                "2:validation errors, no layout fits, or a file edited by hand was left as it is",
                "3:the input could not be read", "64:usage error" })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .wasmpart design")
    private Path file;

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", required = true,
            description = "the folder to write into (created if missing)")
    private Path output;

    @Option(names = "--force", description = "overwrite files edited by hand since generate wrote them")
    private boolean force;

    @Option(names = "--only", split = ",", paramLabel = "KIND", converter = ArtifactConverter.class,
            description = "write only these kinds of file (default: all): manifest, c, cmake, make, cargo, linker,"
                    + " report")
    private List<Artifact> only;

    @Option(names = "--reference-types", paramLabel = "POLICY", converter = PolicyConverter.class,
            defaultValue = "runtime",
            description = "which modules get the flags that keep reference types out: runtime (where the runtime"
                    + " profile lacks them or the module disables them; the default) or every-module")
    private ReferenceTypesPolicy referenceTypes;

    /** A kind of file by its id, as the Eclipse settings name it. */
    static final class ArtifactConverter implements ITypeConverter<Artifact> {
        @Override
        public Artifact convert(String value) {
            return Artifact.byId(value).orElseThrow(() -> new TypeConversionException("unknown kind of file '"
                    + value + "'; one of " + String.join(", ", Arrays.stream(Artifact.values()).map(Artifact::id)
                            .toList())));
        }
    }

    static final class PolicyConverter implements ITypeConverter<ReferenceTypesPolicy> {
        @Override
        public ReferenceTypesPolicy convert(String value) {
            return ReferenceTypesPolicy.byId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown reference-types policy '" + value + "'; one of " + String.join(", ",
                            Arrays.stream(ReferenceTypesPolicy.values()).map(ReferenceTypesPolicy::id).toList())));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Design design = DesignInput.load(spec, file).orElse(null);
        if (design == null) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        List<Finding> findings = DesignValidator.standard().validate(design).stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
        FindingLines.print(err, file, SourceLines.of(design.eResource()), findings);
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            err.println(file + ": not generated: the design has validation errors");
            return ExitCodes.ERRORS;
        }
        List<GeneratedFile> files;
        try {
            GenerationOptions options = GenerationOptions.defaults().withReferenceTypes(referenceTypes);
            files = Generation.generate(design, only == null ? options : options.withArtifacts(Set.copyOf(only)),
                    new BasicMonitor());
        } catch (GenerationException e) {
            FindingLines.print(err, file, SourceLines.of(design.eResource()), e.findings());
            err.println(file + ": not generated: " + e.getMessage());
            return ExitCodes.ERRORS;
        }
        int refused = 0;
        TextTable written = new TextTable("file", "status");
        for (WrittenFile w : OutputFolder.write(output, files, force)) {
            String status = w.outcome().description();
            if (w.outcome().refused()) {
                refused++;
                status += " (--force overwrites it)";
                err.println(output.resolve(w.path()) + ": " + status);
            }
            written.row(w.path(), status);
        }
        out.print("Generated into " + output + "\n" + written.render("  "));
        summary(out, files);
        out.flush();
        return refused > 0 ? ExitCodes.ERRORS : ExitCodes.OK;
    }

    /** What the manifest says about each module's protection entries, and which design it is; when written. */
    private static void summary(PrintWriter out, List<GeneratedFile> files) throws IOException {
        Optional<GeneratedFile> written = files.stream().filter(f -> f.path().equals(Generation.MANIFEST)).findFirst();
        if (written.isEmpty()) {
            return;
        }
        JsonNode manifest = new ObjectMapper().readTree(written.get().content());
        out.println("Design sha256 " + manifest.path("generator").path("designSha256").asText());
        if (manifest.has("protectionUnit")) {
            TextTable entries = new TextTable("module", "base", "entries used", "available");
            for (JsonNode m : manifest.path("modules")) {
                entries.row(m.path("name").asText(), m.path("base").asText("-"), m.path("entriesUsed").asInt(),
                        m.path("entriesAvailable").asInt());
            }
            out.print("Protection entries per module (" + manifest.path("protectionUnit").path("kind").asText()
                    + ")\n" + entries.render("  "));
        }
    }
}
