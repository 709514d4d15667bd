package dev.restsh.shell;

import java.util.EnumSet;
import java.util.Set;

/** Exit statuses of one-shot mode and scripts, as documented in the README (HTTPie's --check-status style). */
public enum ExitStatus {
    OK(0),
    ERROR(1),
    USAGE(2),
    REDIRECT(3),
    CLIENT_ERROR(4),
    SERVER_ERROR(5),
    EXPECTATION_FAILED(6),
    NETWORK(7);

    /**
     * The statuses a request line ends with when a response arrived, whatever its HTTP status: a script checks those
     * with {@code expect} rather than stopping, and a transcript keeps the line.
     */
    public static final Set<ExitStatus> RESPONSE_ARRIVED = EnumSet.of(OK, REDIRECT, CLIENT_ERROR, SERVER_ERROR);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** True when the exit code is that of one of the statuses. */
    public static boolean in(Set<ExitStatus> statuses, int code) {
        for (ExitStatus status : statuses) {
            if (status.code == code) {
                return true;
            }
        }
        return false;
    }

    /** The status a one-shot request ends with, given the HTTP status code it got. */
    public static ExitStatus forHttpStatus(int status) {
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (status >= 400) {
            return CLIENT_ERROR;
        }
        if (status >= 300 && status != 304) {
            return REDIRECT;
        }
        return OK;
    }
}
