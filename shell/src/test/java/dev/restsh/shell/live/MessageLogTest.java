package dev.restsh.shell.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.RestshException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessageLogTest {
    private static Message received(byte[] data) {
        return Message.of(Message.Direction.RECEIVED, false, data, null, null, "ws://example/");
    }

    @Test
    void keepsAtMostItsBytesDroppingTheOldestButNeverTheNewest() {
        MessageLog log = new MessageLog();
        byte[] thirtyMegabytes = new byte[30 << 20]; // the same array each time: the test itself stays small

        for (int i = 0; i < 3; i++) {
            log.add(received(thirtyMegabytes));
        }

        assertThat(log.all()).extracting(Message::name).containsExactly("_m2", "_m3");
        assertThat(log.size()).isEqualTo(3);
        assertThatThrownBy(() -> log.number(1))
                .isInstanceOf(RestshException.class)
                .hasMessageContaining("_m1 is no longer kept");
        MessageLog one = new MessageLog();
        one.add(received(new byte[(int) MessageLog.MAX_BYTES + 1]));
        assertThat(one.all()).hasSize(1);
    }

    @Test
    void anExpectationSkipsMessagesDroppedBeforeItLookedAndCountsStayTrue() {
        MessageLog log = new MessageLog();
        log.expectFromNow();
        long before = log.received();
        for (int i = 1; i <= MessageLog.MAX_MESSAGES + 10; i++) {
            log.add(received(String.valueOf(i).getBytes()));
        }

        assertThat(log.awaitCount(before, MessageLog.MAX_MESSAGES + 10, Duration.ZERO, () -> false))
                .isTrue();
        assertThat(log.awaitReceived(message -> true, Duration.ZERO))
                .map(Message::name)
                .contains("_m11");
        assertThat(log.awaitReceived(message -> message.text().equals("5"), Duration.ZERO))
                .isEmpty();
    }
}
