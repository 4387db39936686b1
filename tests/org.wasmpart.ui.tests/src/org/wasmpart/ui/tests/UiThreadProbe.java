package org.wasmpart.ui.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps events waiting: a background thread posts a runnable every
 * few milliseconds and records how late it runs. The longest delay is the longest stretch in which
 * the UI could not have answered a keystroke or repainted.
 */
final class UiThreadProbe implements AutoCloseable {

    private static final long PERIOD_MILLIS = 5;

    private final Display display;
    private final List<Long> delaysNanos = Collections.synchronizedList(new ArrayList<>());
    /** The longest delay seen in each phase the test named, in the order named. */
    private final Map<String, Long> longestByPhase = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile String phase = "start";
    private final Thread poster;
    private volatile boolean running = true;

    private UiThreadProbe(Display display) {
        this.display = display;
        this.poster = new Thread(this::post, "ui-thread-probe");
        poster.setDaemon(true);
    }

    static UiThreadProbe start(Display display) {
        UiThreadProbe probe = new UiThreadProbe(display);
        probe.poster.start();
        return probe;
    }

    private void post() {
        while (running && !display.isDisposed()) {
            long posted = System.nanoTime();
            display.asyncExec(() -> {
                long delay = System.nanoTime() - posted;
                delaysNanos.add(delay);
                longestByPhase.merge(phase, delay, Math::max);
            });
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The longest delay in the named step, in milliseconds; 0 when nothing ran during it. */
    double longest(String name) {
        return longestByPhase.getOrDefault(name, 0L) / 1e6;
    }

    /** Attributes what follows to a named step of the test, for the summary. */
    void phase(String name) {
        phase = name;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poster.join();
    }

    /** The delays recorded so far, in milliseconds, sorted. */
    List<Double> delaysMillis() {
        synchronized (delaysNanos) {
            return delaysNanos.stream().sorted().map(n -> n / 1e6).toList();
        }
    }

    /** How many runnables ran, the longest delay and the 99th percentile, for the test's report. */
    String summary() {
        List<Double> d = delaysMillis();
        if (d.isEmpty()) {
            return "no runnable ran";
        }
        StringBuilder phases = new StringBuilder();
        synchronized (longestByPhase) {
            longestByPhase.forEach((name, nanos) -> phases.append(String.format(Locale.ROOT, "; %s %.1f ms", name,
                    nanos / 1e6)));
        }
        return String.format(Locale.ROOT, "%d samples, max %.1f ms, 99th percentile %.1f ms, median %.1f ms;"
                + " longest by step%s", d.size(), d.get(d.size() - 1), d.get((int) Math.floor(0.99 * (d.size() - 1))),
                d.get(d.size() / 2), phases);
    }
}
