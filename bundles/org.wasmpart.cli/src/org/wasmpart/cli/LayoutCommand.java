package org.wasmpart.cli;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.Designs;
import org.wasmpart.core.TextTable;
import org.wasmpart.core.layout.LayoutResult;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.layout.Placement;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.WasmModule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "layout", mixinStandardHelpOptions = true,
        description = "Place every module memory and region that has no fixed base, print where and what it costs, "
                + "and with -o write the placed design.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:everything placed", "2:something found no room", "3:the input could not be read",
                "64:usage error" })
final class LayoutCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .wasmpart design")
    private Path file;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "write the placed design here")
    private Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Design design = DesignInput.load(spec, file).orElse(null);
        if (design == null) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        LayoutResult result = LayoutSolver.standard().solve(design);
        TextTable placed = new TextTable("memory", "bank", "base", "size", "waste");
        for (Placement p : result.placements()) {
            String what = (p.owner() instanceof WasmModule ? "module " : "region ")
                    + label((Identified) p.owner());
            placed.row(what, label(p.bank()), formatAddress(p.base()), formatSize(p.size()), formatSize(p.waste()));
        }
        out.print("Placed (" + placed.size() + ")\n" + placed.render("  "));
        result.unplaced().forEach((o, why) -> out.println("  not placed: " + label((Identified) o)
                + ": " + why));
        int available = Designs.protectionUnit(design).map(u -> UnitParameters.of(u,
                DesignValidator.reservedEntries(design, u.getKind())).available()).orElse(0);
        TextTable entries = new TextTable("module", "entries", "available", "lower bound");
        result.entries().forEach((m, n) -> entries.row(label(m), n < 0 ? "not encodable" : n, available,
                result.entryBound().get(m)));
        out.print("\nProtection entries per module\n" + entries.render("  "));
        out.println("\nWaste " + formatSize(result.waste()) + " (lower bound " + formatSize(result.wasteBound()) + ")");
        if (output != null) {
            new BasicCommandStack().execute(LayoutSolver.apply(result, design));
            DesignIO.saveAs(design, output);
            out.println("Wrote " + output);
        } else {
            out.println("(nothing written: give -o OUT to write the placed design)");
        }
        out.flush();
        return result.unplaced().isEmpty() ? ExitCodes.OK : ExitCodes.ERRORS;
    }
}
