package org.wasmpart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.wasmpart.core.DesignReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a design's board, protection unit, memory banks, modules, regions and grants.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .wasmpart design")
    private Path file;

    @Override
    public Integer call() {
        return DesignInput.load(spec, file).map(design -> {
            spec.commandLine().getOut().print(DesignReport.of(design));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }).orElse(ExitCodes.UNREADABLE_INPUT);
    }
}
