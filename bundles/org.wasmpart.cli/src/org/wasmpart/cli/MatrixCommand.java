package org.wasmpart.cli;

import java.util.concurrent.Callable;

import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.matrix.MatrixDocument;
import org.wasmpart.core.matrix.OptionMatrix;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Print which memory-sharing option works on which catalog core, and who enforces per-module "
                + "permissions there (computed from the catalog).")
final class MatrixCommand implements Callable<Integer> {

    enum Format { markdown, html }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown (default) or html")
    private Format format;

    @Override
    public Integer call() {
        OptionMatrix matrix = OptionMatrix.of(BuiltInCatalog.load());
        spec.commandLine().getOut().print(format == Format.html ? MatrixDocument.html(matrix)
                : MatrixDocument.markdown(matrix));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
