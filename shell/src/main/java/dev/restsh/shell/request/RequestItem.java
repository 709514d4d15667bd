package dev.restsh.shell.request;

/**
 * One HTTPie request item: {@code Header:value}, {@code Header;} (empty header), {@code name==query},
 * {@code field=string}, {@code field:=json}, {@code field=@file}, {@code field:=@file.json}, {@code field@file}
 * (a file upload in a multipart form), or {@code @file} alone (the whole body from a file).
 */
public record RequestItem(Kind kind, String key, String value) {
    public enum Kind {
        JSON_FILE(":=@"),
        DATA_FILE("=@"),
        JSON(":="),
        QUERY("=="),
        HEADER(":"),
        EMPTY_HEADER(";"),
        DATA("="),
        UPLOAD("@"),
        BODY_FILE("");

        private final String separator;

        Kind(String separator) {
            this.separator = separator;
        }

        public String separator() {
            return separator;
        }

        /** True for the items that make up a body (JSON or form fields, uploads). */
        public boolean isField() {
            return this == JSON_FILE || this == DATA_FILE || this == JSON || this == DATA || this == UPLOAD;
        }
    }
}
