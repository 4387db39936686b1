package org.wasmpart.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.Problem;
import org.wasmpart.core.SourceLines;
import org.wasmpart.core.generate.DesignHash;
import org.wasmpart.core.generate.GeneratedFile;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.generate.GenerationException;
import org.wasmpart.core.generate.OutputFolder;
import org.wasmpart.core.generate.WrittenFile;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;

/**
 * Generates the manifest, the C configuration and the build settings of each design, as
 * {@code wasmpart generate} does, into one folder per design under {@link #outputDirectory}. A
 * design with validation errors, or one no layout fits, fails the build with its findings; a
 * file edited by hand since it was generated is kept, and fails the build, unless {@link #force}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    private static final String DEFAULT_DESIGNS = "src/main/wasmpart";

    /** Design files, or folders searched (with their subfolders) for {@code *.wasmpart}. */
    @Parameter(property = "wasmpart.designs", defaultValue = "${project.basedir}/" + DEFAULT_DESIGNS)
    private List<File> designs;

    /** Each design's files go to a folder named after the design file, without {@code .wasmpart}. */
    @Parameter(property = "wasmpart.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/wasmpart")
    private File outputDirectory;

    /** Overwrite generated files that were edited by hand (or not written by wasmpart at all). */
    @Parameter(property = "wasmpart.force", defaultValue = "false")
    private boolean force;

    @Parameter(property = "wasmpart.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("wasmpart: skipped (wasmpart.skip)");
            return;
        }
        try {
            run();
        } catch (IOException e) {
            throw new MojoExecutionException("wasmpart: " + e.getMessage(), e);
        }
    }

    private void run() throws IOException, MojoFailureException {
        Path base = basedir.toPath();
        List<Path> files = DesignFiles.find(designs.stream().map(File::toPath).toList(),
                base.resolve(DEFAULT_DESIGNS).normalize());
        if (files.isEmpty()) {
            getLog().info("wasmpart: no designs in " + designs);
            return;
        }
        GeneratorStamp generator = GeneratorStamp.running();
        Path stamp = buildDirectory.toPath().resolve("wasmpart-maven-plugin/generator.sha256");
        boolean sameGenerator = generator.recordedIn(stamp);
        int failed = 0;
        for (Path file : files) {
            List<String> errors = generate(file, label(base, file), sameGenerator);
            errors.forEach(getLog()::error);
            failed += errors.isEmpty() ? 0 : 1;
        }
        if (failed > 0) {
            throw new MojoFailureException("wasmpart: " + failed + " of " + files.size()
                    + " designs not generated, or generated files kept; the errors are above");
        }
        generator.recordIn(stamp);
    }

    /** Generates one design; returns the lines that fail the build, empty when it succeeded. */
    private List<String> generate(Path file, String label, boolean sameGenerator) throws IOException {
        Design design;
        try {
            design = DesignIO.load(file);
        } catch (DesignLoadException e) {
            return e.problems().stream().map(p -> new Problem(label, p.line(), p.column(), p.message()).toString())
                    .toList();
        }
        Path out = outputDirectory.toPath().resolve(DesignFiles.name(file));
        String sha256 = DesignHash.sha256(design);
        if (sameGenerator && OutputFolder.intact(out)
                && sha256.equals(ManifestSummary.read(out.resolve(Generation.MANIFEST)).designSha256())) {
            getLog().info("wasmpart: " + label + ": up to date (design sha256 " + sha256.substring(0, 12)
                    + " and the files in " + label(basedir.toPath(), out) + " unchanged), not generated again");
            return List.of();
        }
        SourceLines lines = SourceLines.of(design.eResource());
        List<Finding> findings = DesignValidator.standard().validate(design).stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
        findings.stream().filter(f -> f.severity() == Severity.WARNING).forEach(f -> getLog().warn(line(label, lines, f)));
        List<String> errors = new ArrayList<>(findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> line(label, lines, f)).toList());
        if (!errors.isEmpty()) {
            errors.add(label + ": not generated: the design has validation errors");
            return errors;
        }
        List<GeneratedFile> generated;
        try {
            generated = Generation.generate(design);
        } catch (GenerationException e) {
            e.findings().forEach(f -> errors.add(line(label, lines, f)));
            errors.add(label + ": not generated: " + e.getMessage());
            return errors;
        }
        List<WrittenFile> written = OutputFolder.write(out, generated, force);
        for (WrittenFile w : written) {
            if (w.outcome().refused()) {
                errors.add(out.resolve(w.path()) + ": " + w.outcome().description()
                        + " (<force>true</force> or -Dwasmpart.force=true overwrites it)");
            }
        }
        long changed = written.stream().filter(w -> w.outcome() == WrittenFile.Outcome.WRITTEN).count();
        long kept = written.stream().filter(w -> w.outcome().refused()).count();
        getLog().info("wasmpart: " + label + ": " + generated.size() + " files in " + label(basedir.toPath(), out)
                + " (" + changed + " written, " + (written.size() - changed - kept) + " unchanged"
                + (kept == 0 ? "" : ", " + kept + " kept") + ")");
        ManifestSummary.read(out.resolve(Generation.MANIFEST)).lines().forEach(l -> getLog().info("  " + l));
        return errors;
    }

    /** As the CLI prints findings: {@code file:line: severity: message [code]}. */
    private static String line(String label, SourceLines lines, Finding f) {
        return new Problem(label, lines.lineOf(f.object()), 0,
                f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.code().id() + "]")
                .toString();
    }

    /** A path relative to the project, as a user would type it, when it lies inside. */
    private static String label(Path base, Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(absoluteBase) ? absoluteBase.relativize(absolute).toString() : absolute.toString();
    }
}
