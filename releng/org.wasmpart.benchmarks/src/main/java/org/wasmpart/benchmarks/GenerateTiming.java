package org.wasmpart.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long {@code wasmpart generate} takes for the bundled ESP32-C3 example as a user runs it (a
 * new JVM from {@code java -jar}), next to a JVM that only prints "hello", launched the same way
 * with the same java and the same JVM flags in the same run: the ratio says what generation adds
 * to the JVM's own start-up, whatever the machine (issue #5's target: at most 3).
 * <p>
 * Run from the repository root after building the CLI:
 * {@code java -cp releng/org.wasmpart.benchmarks/target/wasmpart-benchmarks.jar
 * org.wasmpart.benchmarks.GenerateTiming [--runs=N] [--jar=PATH] [--design=PATH] [-J<jvm flag>...]}.
 * The two launches alternate, after one unmeasured launch of each, so a slow stretch of the
 * machine falls on both.
 */
public final class GenerateTiming {

    private GenerateTiming() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 10;
        Path jar = Path.of("releng/org.wasmpart.cli.app/target/wasmpart.jar");
        Path design = Path.of("examples/esp32c3-pmp-shared-heap.wasmpart");
        List<String> jvmFlags = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--runs=")) {
                runs = Integer.parseInt(a.substring("--runs=".length()));
            } else if (a.startsWith("--jar=")) {
                jar = Path.of(a.substring("--jar=".length()));
            } else if (a.startsWith("--design=")) {
                design = Path.of(a.substring("--design=".length()));
            } else if (a.startsWith("-J")) {
                jvmFlags.add(a.substring(2));
            } else {
                throw new IllegalArgumentException("unknown argument " + a
                        + "; use --runs=N, --jar=PATH, --design=PATH, -J<jvm flag>");
            }
        }
        for (Path p : List.of(jar, design)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p.toAbsolutePath() + " does not exist: run from the repository"
                        + " root after building the CLI (./mvnw -q package -DskipTests -pl releng/org.wasmpart.cli.app -am)");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("wasmpart-generate-timing");
        try {
            TimedLaunch hello = new TimedLaunch("hello-world", command(java, jvmFlags, HelloJar.create(
                    work.resolve("hello")).toString()));
            long[] helloNanos = new long[runs];
            long[] generateNanos = new long[runs];
            Path log = work.resolve("launch.log");
            hello.run(log);
            generate(java, jvmFlags, jar, design, work.resolve("warm-up")).run(log);
            for (int i = 0; i < runs; i++) {
                helloNanos[i] = hello.run(log);
                Path out = work.resolve("out-" + i);
                generateNanos[i] = generate(java, jvmFlags, jar, design, out).run(log);
                if (!Files.isRegularFile(out.resolve("wasmpart-manifest.json"))) {
                    throw new IllegalStateException("wasmpart generate wrote no manifest into " + out);
                }
            }
            report(java, jvmFlags, runs, design, helloNanos, generateNanos);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Into a new folder each time, so every run writes every file. */
    private static TimedLaunch generate(String java, List<String> jvmFlags, Path jar, Path design, Path out) {
        List<String> command = command(java, jvmFlags, jar.toString());
        command.addAll(List.of("generate", design.toString(), "-o", out.toString()));
        return new TimedLaunch("wasmpart generate", command);
    }

    private static List<String> command(String java, List<String> jvmFlags, String jar) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar));
        return command;
    }

    private static void report(String java, List<String> jvmFlags, int runs, Path design, long[] hello,
            long[] generate) {
        System.out.printf(Locale.ROOT, "java %s (%s), flags %s, %d processors%n", System.getProperty("java.version"),
                java, jvmFlags.isEmpty() ? "none" : String.join(" ", jvmFlags),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%d runs each, alternating, after one unmeasured launch of each%n%n", runs);
        System.out.printf(Locale.ROOT, "%-60s %10s %10s %10s%n", "launch", "median ms", "min ms", "max ms");
        row("java -jar hello.jar", hello);
        row("java -jar wasmpart.jar generate " + design.getFileName(), generate);
        System.out.printf(Locale.ROOT, "%nratio generate / hello-world: median %.2f, min %.2f (target <= 3)%n",
                median(generate) / median(hello), (double) min(generate) / min(hello));
    }

    private static void row(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-60s %10.1f %10.1f %10.1f%n", what, median(nanos) / 1e6, min(nanos) / 1e6,
                Arrays.stream(nanos).max().orElseThrow() / 1e6);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static long min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow();
    }
}
