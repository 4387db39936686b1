package org.wasmpart.cli;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.BasicMonitor;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.TextTable;
import org.wasmpart.core.layout.LayoutOptions;
import org.wasmpart.core.layout.LayoutResult;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.layout.Placement;
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
        exitCodeList = { "0:everything placed and every module within its protection budget",
                "2:something found no room, or a module needs more entries than it has",
                "3:the input could not be read", "64:usage error" })
final class LayoutCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .wasmpart design")
    private Path file;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "write the placed design here")
    private Path output;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "AUTO",
            description = "HEURISTIC, EXACT (proves the optimum; small designs) or AUTO (exact when small enough); "
                    + "default ${DEFAULT-VALUE}")
    private LayoutOptions.Mode mode;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10",
            description = "stop searching after this long and keep the best layout found; default ${DEFAULT-VALUE}")
    private long seconds;

    @Option(names = "--relayout", description = "move memories an earlier layout placed, too (fixed bases stay)")
    private boolean relayout;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Design design = DesignInput.load(spec, file).orElse(null);
        if (design == null) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        LayoutOptions options = LayoutOptions.defaults().withMode(mode).withTimeLimit(Duration.ofSeconds(seconds))
                .withRelayout(relayout);
        LayoutResult result = LayoutSolver.standard().solve(design, options, new BasicMonitor());
        TextTable placed = new TextTable("memory", "bank", "base", "size", "waste");
        for (Placement p : result.placements()) {
            String what = (p.owner() instanceof WasmModule ? "module " : "region ")
                    + label((Identified) p.owner());
            placed.row(what, label(p.bank()), formatAddress(p.base()), formatSize(p.size()), formatSize(p.waste()));
        }
        out.print("Placed (" + placed.size() + ")\n" + placed.render("  "));
        result.unplaced().forEach((o, why) -> out.println("  not placed: " + label((Identified) o)
                + ": " + why));
        TextTable entries = new TextTable("module", "entries", "available", "lower bound");
        result.entries().forEach((m, n) -> entries.row(label(m), n < 0 ? "not encodable" : n, result.available(),
                result.entryBound().get(m)));
        out.print("\nProtection entries per module\n" + entries.render("  "));
        out.println("\nWaste " + formatSize(result.waste()) + " (lower bound " + formatSize(result.wasteBound()) + ")");
        out.println("Result: " + verdict(result) + " after " + result.evaluations() + " candidate layouts");
        result.overBudget().forEach(m -> out.println("  over budget: " + label(m) + " needs "
                + (result.entries().get(m) < 0 ? "an encoding no entries give" : result.entries().get(m) + " entries")
                + ", has " + result.available()
                + (result.entryBound().get(m) > result.available() ? "; no layout can help: its ranges differ in "
                        + "access or memory attributes " + result.entryBound().get(m) + " ways, one entry each"
                        : "")));
        if (output != null) {
            new BasicCommandStack().execute(LayoutSolver.apply(result, design));
            DesignIO.saveAs(design, output);
            out.println("Wrote " + output);
        } else {
            out.println("(nothing written: give -o OUT to write the placed design)");
        }
        out.flush();
        return result.feasible() ? ExitCodes.OK : ExitCodes.ERRORS;
    }

    private static String verdict(LayoutResult result) {
        return switch (result.status()) {
            case MEETS_BOUND -> result.feasible() ? "meets the lower bounds (optimal)"
                    : "meets the lower bounds: no layout does better, and none fits every budget";
            case OPTIMAL -> "optimal (proved by the exact mode)";
            case BEST_FOUND -> "best layout found (not proved optimal)";
            case CUT_SHORT -> "best layout found before the time limit (not proved optimal)";
        };
    }
}
