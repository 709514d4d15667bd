package dev.restsh.server.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
        "1.2.3.4, 1.2.3.4",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "2001:DB8::0001, 2001:db8::1",
        "2001:db8:0:0:0:0:0:1, 2001:db8::1",
        "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "::, ::",
        "::1, ::1",
        "1::, 1::",
        "::ffff:1.2.3.4, ::ffff:1.2.3.4",
        "::FFFF:0102:0304, ::ffff:1.2.3.4",
        "fe80::1:2:3:4, fe80::1:2:3:4",
        "1:0:0:1:0:0:0:1, 1:0:0:1::1",
        "1:0:0:0:1:0:0:1, 1::1:0:0:1"
    })
    void storesTheCanonicalForm(String given, String canonical) {
        assertEquals(canonical, IpAddress.parse(given).canonical());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " 1.2.3.4",
                "1.2.3.4 ",
                "1.2.3",
                "1.2.3.4.5",
                "256.1.1.1",
                "01.2.3.4",
                "1..3.4",
                "-1.2.3.4",
                "1.2.3.4/32",
                "a.b.c.d",
                "１.2.3.4",
                "localhost",
                "example.com",
                "2001:db8::1::1",
                ":::",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                "12345::",
                "g::1",
                "fe80::1%eth0",
                "::1.2.3",
                "1.2.3.4::",
                "1:2:3:4:5:6:7::8",
                "[::1]",
                "0x1.2.3.4"
            })
    void rejectsWhatIsNotAnAddress(String given) {
        assertThrows(InvalidAddressException.class, () -> IpAddress.parse(given));
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "::1, loopback",
        "10.1.2.3, private",
        "172.31.255.255, private",
        "172.32.0.1, global",
        "192.168.1.1, private",
        "fd00::1, private",
        "100.64.0.1, shared",
        "169.254.1.1, link-local",
        "fe80::1, link-local",
        "224.0.0.1, multicast",
        "ff02::1, multicast",
        "192.0.2.1, documentation",
        "2001:db8::1, documentation",
        "198.18.0.1, benchmarking",
        "255.255.255.255, broadcast",
        "0.0.0.0, unspecified",
        "::, unspecified",
        "240.0.0.1, reserved",
        "::ffff:10.0.0.1, private",
        "8.8.8.8, global",
        "2606:4700::1111, global"
    })
    void calculatesTheScope(String address, String scope) {
        assertEquals(scope, IpAddress.parse(address).scope().label());
    }

    @ParameterizedTest
    @CsvSource({
        "1.2.3.4, 4.3.2.1.in-addr.arpa",
        "2001:db8::567:89ab, b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
    })
    void computesTheReverseDnsName(String address, String ptr) {
        assertEquals(ptr, IpAddress.parse(address).ptr());
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, 10.255.255.255",
        "10.9.9.9/8, 10.255.255.255",
        "2001:db8::/32, 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"
    })
    void readsNetworks(String cidr, String last) {
        assertEquals(last, new IpAddress(Cidr.parse(cidr).last()).canonical());
    }
}
