package dev.restsh.shell.inspect;

/** One lexical token of an inspection expression and where it starts. */
record Token(Kind kind, String text, Object value, int position) {
    enum Kind {
        NAME,
        NUMBER,
        STRING,
        OPERATOR,
        END
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    /** Punctuation and operators: {@code ( ) [ ] { } , : . = + - * / // % ** == != < <= > >=}. */
    boolean isOperator(String operator) {
        return kind == Kind.OPERATOR && text.equals(operator);
    }
}
