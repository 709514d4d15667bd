package dev.restsh.shell;

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

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
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
