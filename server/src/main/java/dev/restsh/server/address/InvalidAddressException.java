package dev.restsh.server.address;

/** Text that is not a valid IPv4 or IPv6 address; the message says why. */
public final class InvalidAddressException extends IllegalArgumentException {
    public InvalidAddressException(String reason) {
        super(reason);
    }
}
