package org.seizureforecast.adapter.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long batch work. Redraws at most every 200 ms; prints
 * plain lines instead of carriage returns when stderr is not a terminal (CI logs).
 */
public final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;
    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private int lastPercentLogged = -1;

    @SuppressWarnings("SystemConsoleNull") // on JDK 17, our floor, null still means "not a terminal"
    public Progress(String label, long total) {
        this(label, total, System.err, System.console() != null);
    }

    Progress(String label, long total, PrintStream out, boolean terminal) {
        this.label = label;
        this.total = Math.max(1, total);
        this.out = out;
        this.terminal = terminal;
    }

    /** Reports that {@code done} of {@code total} units are finished. */
    public void update(long done) {
        long now = System.nanoTime();
        int percent = (int) Math.min(100, done * 100 / total);
        if (terminal) {
            if (now - lastDraw < 200_000_000L && done < total) {
                return;
            }
            lastDraw = now;
            int filled = percent * WIDTH / 100;
            out.printf(
                    Locale.ROOT,
                    "\r%s [%s%s] %3d%% %s",
                    label,
                    "#".repeat(filled),
                    " ".repeat(WIDTH - filled),
                    percent,
                    elapsed(now));
        } else if (now - startNanos < 2_000_000_000L && percent < 100) {
            return; // short jobs stay quiet in logs
        } else if (percent == 100 && lastPercentLogged < 0) {
            return;
        } else if (percent / 10 > lastPercentLogged / 10 || (percent == 100 && lastPercentLogged != 100)) {
            lastPercentLogged = percent;
            out.printf(Locale.ROOT, "%s %3d%% %s%n", label, percent, elapsed(now));
        }
    }

    private String elapsed(long now) {
        return String.format(Locale.ROOT, "%.1fs", (now - startNanos) / 1e9);
    }

    @Override
    public void close() {
        if (terminal) {
            out.println();
        }
    }
}
