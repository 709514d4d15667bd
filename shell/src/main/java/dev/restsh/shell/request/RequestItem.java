package dev.restsh.shell.request;

/** One HTTPie request item: {@code Header:value}, {@code name==query}, {@code field=string}, {@code field:=json}. */
public record RequestItem(Kind kind, String key, String value) {
    public enum Kind {
        HEADER(":"),
        QUERY("=="),
        DATA("="),
        JSON(":=");

        private final String separator;

        Kind(String separator) {
            this.separator = separator;
        }

        public String separator() {
            return separator;
        }
    }
}
