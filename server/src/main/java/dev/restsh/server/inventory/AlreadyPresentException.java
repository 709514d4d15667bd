package dev.restsh.server.inventory;

import dev.restsh.server.address.IpAddress;

/** An insert met the unique constraint: the address is already in the inventory. */
public final class AlreadyPresentException extends Exception {
    public AlreadyPresentException(IpAddress address) {
        super(address.canonical() + " is already in the inventory", null, false, false);
    }
}
