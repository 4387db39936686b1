package org.wasmpart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.wasmpart.core.SourceLines;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a design against the board's protection unit, the runtime, the memory option and the "
                + "toolchains; print every finding with its stable code.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:no errors or warnings (information may be printed)", "1:warnings only", "2:errors",
                "3:the input could not be read", "64:usage error" })
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .wasmpart design")
    private Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    private Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        Design design = DesignInput.load(spec, file).orElse(null);
        if (design == null) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        List<Finding> findings = DesignValidator.standard().validate(design);
        SourceLines lines = SourceLines.of(design.eResource());
        if (format == Format.json) {
            out.println(json(design, findings, lines));
        } else {
            FindingLines.print(out, file, lines, findings);
            out.println(file + ": " + count(findings, Severity.ERROR) + " errors, " + count(findings, Severity.WARNING)
                    + " warnings, " + count(findings, Severity.INFO) + " infos");
        }
        out.flush();
        if (count(findings, Severity.ERROR) > 0) {
            return ExitCodes.ERRORS;
        }
        return count(findings, Severity.WARNING) > 0 ? ExitCodes.WARNINGS : ExitCodes.OK;
    }

    private String json(Design design, List<Finding> findings, SourceLines lines) throws JsonProcessingException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            item.put("code", f.code().id());
            item.put("number", f.code().number());
            item.put("object", f.object() instanceof Identified i ? i.getId() : f.object().eClass().getName());
            item.put("uri", f.uri().toString());
            item.put("line", lines.lineOf(f.object()));
            item.put("message", f.message());
            item.put("data", f.data());
            items.add(item);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.toString());
        report.put("design", design.getId());
        report.put("errors", count(findings, Severity.ERROR));
        report.put("warnings", count(findings, Severity.WARNING));
        report.put("infos", count(findings, Severity.INFO));
        report.put("findings", items);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false).writeValueAsString(report);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
