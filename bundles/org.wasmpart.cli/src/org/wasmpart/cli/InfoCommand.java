package org.wasmpart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.DesignReport;
import org.wasmpart.core.Problem;

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
        try {
            spec.commandLine().getOut().print(DesignReport.of(DesignIO.load(file)));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (DesignLoadException e) {
            for (Problem p : e.problems()) {
                spec.commandLine().getErr().println(p);
            }
            spec.commandLine().getErr().flush();
            return ExitCodes.UNREADABLE_INPUT;
        }
    }
}
