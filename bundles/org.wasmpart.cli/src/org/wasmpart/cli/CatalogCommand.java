package org.wasmpart.cli;

import java.util.concurrent.Callable;

import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.CatalogReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the built-in boards, runtime and RTOS profiles and memory options, "
                + "or show one board's facts with their sources.")
final class CatalogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--board", paramLabel = "ID", description = "show this board's facts and their sources")
    private String board;

    @Override
    public Integer call() {
        BuiltInCatalog catalog = BuiltInCatalog.load();
        if (board == null) {
            spec.commandLine().getOut().print(CatalogReport.overview(catalog));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        return catalog.board(board).map(b -> {
            spec.commandLine().getOut().print(CatalogReport.board(b));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }).orElseGet(() -> {
            spec.commandLine().getErr().println("wasmpart: no board '" + board + "' in the catalog; known boards: "
                    + String.join(", ", catalog.boards().stream().map(b -> b.getId()).toList()));
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        });
    }
}
