package org.wasmpart.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ValidationBenchmark} and prints, per architecture, full and incremental validation
 * time for each design size, the incremental/full ratio, and the growth exponent of full
 * validation (the slope of log time over log regions from the smallest to the largest size: 1 is
 * linear, about 1.1 is n log n over this range).
 * Arguments are passed to JMH (e.g. {@code -p arch=PMP}).
 */
public final class ValidationReport {

    private ValidationReport() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(ValidationBenchmark.class.getSimpleName());
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("-p")) {
                String[] kv = args[i + 1].split("=", 2);
                options.param(kv[0], kv[1].split(","));
            }
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Map<Integer, double[]>> table = new TreeMap<>();
        for (RunResult r : results) {
            String arch = r.getParams().getParam("arch");
            int regions = Integer.parseInt(r.getParams().getParam("regions"));
            double ms = r.getPrimaryResult().getScore();
            double[] row = table.computeIfAbsent(arch, k -> new TreeMap<>()).computeIfAbsent(regions, k -> new double[2]);
            row[r.getParams().getBenchmark().endsWith("full") ? 0 : 1] = ms;
        }
        System.out.println();
        System.out.println("arch     regions  modules  full ms  incremental ms  incremental/full");
        table.forEach((arch, rows) -> {
            rows.forEach((n, t) -> System.out.printf("%-8s %7d  %7d  %7.3f  %14.3f  %15.1f%%%n", arch, n,
                    ValidationBenchmark.modules(n), t[0], t[1], 100 * t[1] / t[0]));
            int lo = rows.keySet().stream().min(Integer::compare).orElseThrow();
            int hi = rows.keySet().stream().max(Integer::compare).orElseThrow();
            if (hi > lo) {
                double slope = Math.log(rows.get(hi)[0] / rows.get(lo)[0]) / Math.log((double) hi / lo);
                System.out.printf("%-8s growth exponent of full validation, %d..%d regions: %.2f%n", arch, lo, hi, slope);
            }
        });
    }
}
