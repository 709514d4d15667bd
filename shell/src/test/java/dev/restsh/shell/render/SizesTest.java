package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void bytesUseSiUnitsWithOneDecimalBelowTen() {
        assertThat(Sizes.bytes(0)).isEqualTo("0 B");
        assertThat(Sizes.bytes(999)).isEqualTo("999 B");
        assertThat(Sizes.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(Sizes.bytes(1250)).isEqualTo("1.3 kB");
        assertThat(Sizes.bytes(12_345)).isEqualTo("12 kB");
        assertThat(Sizes.bytes(999_499)).isEqualTo("999 kB");
        assertThat(Sizes.bytes(104_857_600)).isEqualTo("105 MB");
        assertThat(Sizes.bytes(3_000_000_000_000_000L)).isEqualTo("3000 TB");
    }

    @Test
    void millisecondsKeepOneDecimalBelowTen() {
        assertThat(Sizes.millis(Duration.ofNanos(4_250_000))).isEqualTo("4.3 ms");
        assertThat(Sizes.millis(Duration.ofNanos(40))).isEqualTo("0.0 ms");
        assertThat(Sizes.millis(Duration.ofMillis(21))).isEqualTo("21 ms");
        assertThat(Sizes.millis(Duration.ofSeconds(2))).isEqualTo("2000 ms");
    }

    @Test
    void timedeltaPrintsLikePython() {
        assertThat(Sizes.timedelta(Duration.ofNanos(12_345_678))).isEqualTo("0:00:00.012345");
        assertThat(Sizes.timedelta(Duration.ofSeconds(3723, 5_000))).isEqualTo("1:02:03.000005");
    }
}
