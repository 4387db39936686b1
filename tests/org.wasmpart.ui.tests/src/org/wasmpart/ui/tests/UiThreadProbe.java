package org.wasmpart.ui.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps events waiting: a background thread posts a runnable every
 * few milliseconds and records how late it runs. The longest delay is the longest stretch in which
 * the UI could not have answered a keystroke or repainted.
 * <p>
 * On 2 cores shared with Xvfb, the build and the JIT compiler (which perf showed taking 30 to 85%
 * of a core throughout the editing test), part of a delay is the operating system giving the core
 * to another process or thread; that part says nothing of what the editor does on its UI thread.
 * So each delay is also measured without the time the UI thread spent runnable but waiting for a
 * core ({@link CoreWait}): the <em>held</em> delay, the UI thread computing, painting, or waiting
 * for a lock, a file or the X server. Only waits known to lie after the runnable was posted are
 * taken off, so a held delay is never shorter than what the UI thread did. Without scheduler
 * statistics, held delays are the delays.
 */
final class UiThreadProbe implements AutoCloseable {

    private static final long PERIOD_MILLIS = 5;

    private final Display display;
    private final List<Long> delaysNanos = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> heldNanos = Collections.synchronizedList(new ArrayList<>());
    /** The longest held delay seen in each phase the test named, in the order named. */
    private final Map<String, Long> longestByPhase = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile String phase = "start";
    private final Thread poster;
    private volatile boolean running = true;
    private boolean withStatistics = true;
    /** When the last runnable ran, and how long the UI thread had waited for a core by then. UI thread. */
    private long lastRan;
    private OptionalLong lastWait = OptionalLong.empty();

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
            display.asyncExec(() -> ran(posted));
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** UI thread. */
    private void ran(long posted) {
        long ran = System.nanoTime();
        OptionalLong waited = CoreWait.ofCurrentThread();
        long read = System.nanoTime() - ran;
        long delay = ran - posted;
        long waitedAfterPost = 0;
        if (waited.isPresent() && lastWait.isPresent()) {
            // the waits since the last reading, less any that may have come before this runnable
            // was posted or while the statistics were read, after it ran
            waitedAfterPost = Math.max(0,
                    waited.getAsLong() - lastWait.getAsLong() - Math.max(0, posted - lastRan) - read);
        } else if (waited.isEmpty()) {
            withStatistics = false;
        }
        lastRan = ran;
        lastWait = waited;
        long held = Math.max(0, delay - waitedAfterPost);
        delaysNanos.add(delay);
        heldNanos.add(held);
        longestByPhase.merge(phase, held, Math::max);
    }

    /** The longest held delay in the named step, in milliseconds; 0 when nothing ran during it. */
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

    /** The held delays recorded so far, in milliseconds, sorted. */
    List<Double> heldMillis() {
        return sortedMillis(heldNanos);
    }

    private static List<Double> sortedMillis(List<Long> nanos) {
        synchronized (nanos) {
            return nanos.stream().sorted().map(n -> n / 1e6).toList();
        }
    }

    /** How many runnables ran, the longest held delay, percentiles, and the delays as measured. */
    String summary() {
        List<Double> held = heldMillis();
        List<Double> delays = sortedMillis(delaysNanos);
        if (held.isEmpty()) {
            return "no runnable ran";
        }
        StringBuilder phases = new StringBuilder();
        synchronized (longestByPhase) {
            longestByPhase.forEach((name, nanos) -> phases.append(String.format(Locale.ROOT, "; %s %.1f ms", name,
                    nanos / 1e6)));
        }
        return String.format(Locale.ROOT, "%d samples; held %s max %.1f ms, 99th percentile %.1f ms, median %.1f ms;"
                + " longest held by step%s; as measured, with the waits for a core: max %.1f ms, 99th percentile"
                + " %.1f ms", held.size(), withStatistics ? "(waits for a core taken off)" : "(no scheduler statistics)",
                held.getLast(), percentile99(held), held.get(held.size() / 2), phases, delays.getLast(),
                percentile99(delays));
    }

    static double percentile99(List<Double> sorted) {
        return sorted.get((int) Math.floor(0.99 * (sorted.size() - 1)));
    }
}
