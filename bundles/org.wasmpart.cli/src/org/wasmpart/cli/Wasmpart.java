package org.wasmpart.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wasmpart} command: design inspection from a shell, CI or a build script. */
@Command(name = "wasmpart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lay out memory shared by sandboxed WebAssembly modules on a microcontroller.",
        subcommands = { InfoCommand.class, ValidateCommand.class, LayoutCommand.class, GenerateCommand.class, CatalogCommand.class, MatrixCommand.class, CommandLine.HelpCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:success (validate: no errors or warnings)", "1:validate: warnings only",
                "2:validate: errors; generate: not generated, or a hand-edited file left as it is", "3:the input could not be read (each problem is printed with file:line)",
                "64:usage error", "70:internal error" })
public final class Wasmpart implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given streams and returns its exit code; never calls System.exit. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Wasmpart());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(t -> ExitCodes.SOFTWARE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("wasmpart: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
