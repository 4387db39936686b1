package org.wasmpart.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.IncrementalValidator;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;

/**
 * Full validation of a design from nothing, against revalidation after one edit (one region's
 * size changes, as when a user types a new size in the editor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {

    @Param({ "PMSAV7", "PMSAV8", "PMP" })
    public DesignCorpus.Arch arch;

    @Param({ "64", "256", "1024", "4096" })
    public int regions;

    private Design design;
    private IncrementalValidator incremental;
    private SharedRegion edited;
    private long size;
    private boolean grown;

    @Setup(Level.Trial)
    public void setUp() {
        design = new DesignCorpus().design(arch, regions, modules(regions), 42);
        incremental = IncrementalValidator.standard(design);
        incremental.validate();
        edited = design.getRegions().get(regions / 2);
        size = edited.getSize();
    }

    /** Modules grow with the design, as a bigger system runs more tasks, up to 32. */
    static int modules(int regions) {
        return Math.min(32, Math.max(2, regions / 8));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        incremental.close();
    }

    @Benchmark
    public void full(Blackhole sink) {
        sink.consume(DesignValidator.standard().validate(design));
    }

    @Benchmark
    public void incrementalAfterOneEdit(Blackhole sink) {
        grown = !grown;
        edited.setSize(grown ? size + 32 : size);
        sink.consume(incremental.validate());
    }
}
