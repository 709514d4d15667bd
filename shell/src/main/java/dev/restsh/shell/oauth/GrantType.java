package dev.restsh.shell.oauth;

import java.util.Locale;

/** The four ways to obtain a token, by the names {@code auth oauth2} gives them. */
public enum GrantType {
    CLIENT_CREDENTIALS,
    PASSWORD,
    DEVICE,
    CODE;

    /** The subcommand's name: {@code client-credentials}, {@code password}, {@code device}, {@code code}. */
    public String command() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static GrantType ofCommand(String command) {
        return valueOf(command.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** True when a person takes part (a browser or another device), so a token cannot be fetched again unasked. */
    public boolean interactive() {
        return this == DEVICE || this == CODE;
    }
}
