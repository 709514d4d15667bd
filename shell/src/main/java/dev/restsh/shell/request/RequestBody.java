package dev.restsh.shell.request;

/** A body ready to send and the Content-Type that says what it is (null: leave the header alone). */
public record RequestBody(byte[] bytes, String contentType) {
    public static final RequestBody NONE = new RequestBody(new byte[0], null);
}
