package dev.restsh.shell.render;

import java.time.Duration;

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
        return rounded(value) + " " + units[unit];
    }

    public static String millis(Duration duration) {
        return rounded(duration.toNanos() / 1_000_000.0) + " ms";
    }

    /**
     * One decimal below 10, none above, rounding half up. By hand rather than with {@code String.format}: the
     * formatter and its locale data cost a one-shot request about 10 ms of start-up.
     */
    static String rounded(double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 100) {
            return tenths / 10 + "." + tenths % 10;
        }
        return Long.toString(Math.round(value));
    }

    /** Python's timedelta format, as {@code response.elapsed} prints in requests: {@code 0:00:00.012345}. */
    public static String timedelta(Duration duration) {
        long micros = duration.toNanos() / 1000;
        long seconds = micros / 1_000_000;
        return seconds / 3600 + ":" + padded(seconds / 60 % 60, 2) + ":" + padded(seconds % 60, 2) + "."
                + padded(micros % 1_000_000, 6);
    }

    private static String padded(long number, int width) {
        String digits = Long.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
