package dev.restsh.shell.render;

import java.time.Duration;
import java.util.Locale;

/** Human-readable sizes and durations for status lines and listings. */
public final class Sizes {
    private Sizes() {}

    public static String bytes(long size) {
        if (size < 1000) {
            return size + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = size;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    public static String millis(Duration duration) {
        double ms = duration.toNanos() / 1_000_000.0;
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /** Python's timedelta format, as {@code response.elapsed} prints in requests: {@code 0:00:00.012345}. */
    public static String timedelta(Duration duration) {
        long micros = duration.toNanos() / 1000;
        long seconds = micros / 1_000_000;
        return String.format(
                Locale.ROOT,
                "%d:%02d:%02d.%06d",
                seconds / 3600,
                (seconds / 60) % 60,
                seconds % 60,
                micros % 1_000_000);
    }
}
