package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.CredentialRenewal;
import dev.restsh.shell.session.LocalToken;
import dev.restsh.shell.session.Session;
import java.io.Console;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code auth basic USER[:PASS]}, {@code auth digest USER[:PASS]}, {@code auth bearer TOKEN}, {@code auth local}, {@code auth none}, {@code auth}; and
 * {@code auth oauth2 GRANT ...} ({@link OAuth2Command}).
 */
@Command(
        description = "Set the credentials sent with every request, or show them.",
        subcommands = OAuth2Command.class,
        footer = {
            "",
            "Schemes:",
            "  basic USER[:PASS]   HTTP basic; the password is asked for (not echoed) when left out",
            "  digest USER[:PASS]  HTTP digest (RFC 7616: MD5, SHA-256, qop=auth), answering the",
            "                      server's challenge with one more round trip",
            "  bearer TOKEN        Authorization: Bearer TOKEN",
            "  local               the restsh server's write token, read from its data directory",
            "  none                send no credentials (not even the local token)",
            "  auto                the default: none, but the local server's token on writes to a base URL on this machine",
            "  oauth2 GRANT ...    an OAuth2 sign-in (client-credentials, password, device,",
            "                      code): see auth oauth2 --help",
            "",
            "Without credentials, writes to the base URL's port on this machine carry the local server's token",
            "when it exists."
        })
public class AuthCommand extends ShellCommand {
    /** Reads a password without echo; replaced in tests. Null when there is no terminal to ask on. */
    static Supplier<char[]> passwordReader = () -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("password: ");
    };

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCHEME",
            description = "basic, digest, bearer, local, none, auto (or oauth2 GRANT).")
    String scheme;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CREDENTIALS")
    String credentials;

    @Option(names = "--show-secrets", description = "Show the password or token.")
    boolean showSecrets;

    public AuthCommand(ShellContext context) {
        super(context);
    }

    /** For {@code auth oauth2 ...}, which picocli makes without one. */
    ShellContext context() {
        return context;
    }

    @Override
    public Integer call() {
        Session session = context.session();
        if (scheme != null) {
            session.auth(parse(scheme.toLowerCase(Locale.ROOT)));
            session.credentialRenewal(CredentialRenewal.NONE); // an OAuth2 sign-in, if any, is replaced
        }
        println("auth: " + Auth.describe(session, showSecrets));
        return 0;
    }

    private Auth parse(String name) {
        switch (name) {
            case "basic", "digest" -> {
                String value = required("auth " + name + " USER[:PASS]");
                int colon = value.indexOf(':');
                String user = colon >= 0 ? value.substring(0, colon) : value;
                String password = colon >= 0 ? value.substring(colon + 1) : askPassword(name, value);
                return name.equals("basic") ? Auth.basic(user, password) : Auth.digest(user, password);
            }
            case "bearer" -> {
                return Auth.bearer(required("auth bearer TOKEN"));
            }
            case "local" -> {
                if (LocalToken.read(context.session().env()).isEmpty()) {
                    throw RestshException.usage("no server token at "
                            + LocalToken.path(context.session().env())
                            + ": start the server once (scripts/run) or set RESTSH_API_TOKEN");
                }
                return Auth.local();
            }
            case "none", "off" -> {
                return Auth.none();
            }
            case "auto" -> {
                return null;
            }
            default ->
                throw RestshException.usage(
                        "unknown auth scheme '" + name + "': use basic, digest, bearer, local, none or auto");
        }
    }

    private String required(String usage) {
        if (credentials == null || credentials.isEmpty()) {
            throw RestshException.usage("usage: " + usage);
        }
        return credentials;
    }

    private static String askPassword(String scheme, String user) {
        char[] password = passwordReader.get();
        if (password == null) {
            throw RestshException.usage("no terminal to ask for " + user + "'s password: give it as auth " + scheme
                    + " " + user + ":PASSWORD");
        }
        return new String(password);
    }
}
