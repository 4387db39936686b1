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
 * new JVM through the {@code ./wasmpart} launcher, which uses the AOT cache the build leaves beside
 * the jar), next to a JVM that only prints "hello" ({@code java -jar}, no flags) in the same run:
 * the ratio says what wasmpart adds to the JVM's own start-up, whatever the machine (issue #5's
 * target: at most 3). Two more launches show where the rest goes: the CLI jar without the cache,
 * and a JVM that only starts EMF and reads the design (with an AOT cache of its own, trained in the
 * unmeasured first launch), the floor for any tool on EMF.
 * <p>
 * Run from the repository root after building the CLI and this jar:
 * {@code java -cp releng/org.wasmpart.benchmarks/target/wasmpart-benchmarks.jar
 * org.wasmpart.benchmarks.GenerateTiming [--runs=N] [--launcher=PATH] [--jar=PATH] [--design=PATH]}.
 * The launches take turns, after one unmeasured launch of each, so a slow stretch of the machine
 * falls on all of them.
 */
public final class GenerateTiming {

    private GenerateTiming() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 10;
        Path launcher = Path.of("wasmpart");
        Path jar = Path.of("releng/org.wasmpart.cli.app/target/wasmpart.jar");
        Path design = Path.of("examples/esp32c3-pmp-shared-heap.wasmpart");
        for (String a : args) {
            if (a.startsWith("--runs=")) {
                runs = Integer.parseInt(a.substring("--runs=".length()));
            } else if (a.startsWith("--launcher=")) {
                launcher = Path.of(a.substring("--launcher=".length()));
            } else if (a.startsWith("--jar=")) {
                jar = Path.of(a.substring("--jar=".length()));
            } else if (a.startsWith("--design=")) {
                design = Path.of(a.substring("--design=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + a
                        + "; use --runs=N, --launcher=PATH, --jar=PATH, --design=PATH");
            }
        }
        for (Path p : List.of(launcher, jar, design)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p.toAbsolutePath() + " does not exist: run from the repository"
                        + " root after building the CLI (./mvnw -q package -DskipTests -pl releng/org.wasmpart.cli.app -am)");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path benchmarks = Path.of(GenerateTiming.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path work = Files.createTempDirectory("wasmpart-generate-timing");
        try {
            Path log = work.resolve("launch.log");
            Path floorCache = work.resolve("model-startup.aot");
            TimedLaunch hello = new TimedLaunch("hello-world",
                    List.of(java, "-jar", HelloJar.create(work.resolve("hello")).toString()));
            new TimedLaunch("model start-up (training)", List.of(java, "-XX:AOTCacheOutput=" + floorCache, "-cp",
                    benchmarks.toString(), ModelStartup.class.getName(), design.toString())).run(log);
            TimedLaunch floor = new TimedLaunch("model start-up", List.of(java, "-XX:AOTCache=" + floorCache, "-cp",
                    benchmarks.toString(), ModelStartup.class.getName(), design.toString()));
            List<String> viaLauncher = List.of(launcher.toAbsolutePath().toString());
            List<String> viaJar = List.of(java, "-jar", jar.toString());
            List<TimedLaunch> warmUps = List.of(hello, floor, generate(viaLauncher, design, work.resolve("warm-up-1")),
                    generate(viaJar, design, work.resolve("warm-up-2")));
            for (TimedLaunch w : warmUps) {
                w.run(log);
            }
            long[][] nanos = new long[4][runs];
            for (int i = 0; i < runs; i++) {
                nanos[0][i] = hello.run(log);
                nanos[1][i] = floor.run(log);
                Path out = work.resolve("out-" + i);
                nanos[2][i] = generate(viaLauncher, design, out).run(log);
                if (!Files.isRegularFile(out.resolve("wasmpart-manifest.json"))) {
                    throw new IllegalStateException("wasmpart generate wrote no manifest into " + out);
                }
                nanos[3][i] = generate(viaJar, design, work.resolve("jar-" + i)).run(log);
            }
            report(java, runs, design, nanos);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Into a new folder each time, so every run writes every file. */
    private static TimedLaunch generate(List<String> wasmpart, Path design, Path out) {
        List<String> command = new ArrayList<>(wasmpart);
        command.addAll(List.of("generate", design.toString(), "-o", out.toString()));
        return new TimedLaunch("wasmpart generate", command);
    }

    private static void report(String java, int runs, Path design, long[][] nanos) {
        System.out.printf(Locale.ROOT, "java %s (%s), %d processors%n", System.getProperty("java.version"), java,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%d runs each, taking turns, after one unmeasured launch of each%n%n", runs);
        System.out.printf(Locale.ROOT, "%-74s %10s %10s %10s%n", "launch", "median ms", "min ms", "max ms");
        row("java -jar hello.jar", nanos[0]);
        row("EMF start-up and reading " + design.getFileName() + " (AOT cache)", nanos[1]);
        row("./wasmpart generate " + design.getFileName() + " (AOT cache)", nanos[2]);
        row("java -jar wasmpart.jar generate " + design.getFileName() + " (no cache)", nanos[3]);
        System.out.printf(Locale.ROOT, "%nratio ./wasmpart generate / hello-world: median %.2f, min %.2f (target <= 3)%n",
                median(nanos[2]) / median(nanos[0]), (double) min(nanos[2]) / min(nanos[0]));
        System.out.printf(Locale.ROOT, "ratio EMF start-up alone / hello-world:   median %.2f, min %.2f%n",
                median(nanos[1]) / median(nanos[0]), (double) min(nanos[1]) / min(nanos[0]));
    }

    private static void row(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-74s %10.1f %10.1f %10.1f%n", what, median(nanos) / 1e6, min(nanos) / 1e6,
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
