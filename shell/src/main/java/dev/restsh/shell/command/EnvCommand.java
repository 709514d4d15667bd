package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.ProxySetting;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.Secrets;
import dev.restsh.shell.session.Session;
import java.io.PrintWriter;
import java.net.HttpCookie;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code env}: the whole state of the session: base URL, headers, credentials, variables, cookies. */
@Command(description = "Show the session: base URL, headers, auth, variables and cookies (secrets masked).")
public class EnvCommand extends ShellCommand {
    @Option(names = "--show-secrets", description = "Show credentials and cookie values.")
    boolean showSecrets;

    public EnvCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Session session = context.session();
        PrintWriter out = out();
        out.println("base: " + (showSecrets ? session.base().toString() : UrlCredentials.shown(session.base())));
        session.name().ifPresent(name -> out.println("session: " + name + " (saved after each request)"));
        context.environments()
                .current()
                .ifPresent(chosen -> out.println("environment: " + chosen.name() + " ("
                        + chosen.sources().get(chosen.sources().size() - 1) + ")"));
        out.println("auth: " + Auth.describe(session, showSecrets));
        if (session.tls().caFile() != null) {
            out.println("cacert: " + session.tls().caFile() + " (trusted instead of Java's certificates)");
        }
        if (session.tls().client() != null) {
            out.println("cert: " + session.tls().client());
        }
        if (session.proxy() != ProxySetting.ENVIRONMENT) {
            out.println("proxy: "
                    + (showSecrets && session.proxy().url() != null
                            ? session.proxy().url()
                            : session.proxy()));
        }
        out.println("headers:" + (session.headers().isEmpty() ? " none" : ""));
        for (Headers.Field field : session.headers().fields()) {
            out.println("  " + field.name() + ": "
                    + (showSecrets ? field.value() : Secrets.mask(field.name(), field.value())));
        }
        out.println("variables:" + (session.variables().isEmpty() ? " none" : ""));
        // A variable named like a credential (token, api_key, secret...) is masked the way such a header is.
        session.variables()
                .forEach((name, value) -> out.println("  " + name + " = "
                        + (showSecrets ? value : Secrets.mask(name.replace('_', '-'), String.valueOf(value)))));
        List<HttpCookie> cookies = session.client().cookies().getCookieStore().getCookies();
        out.println("cookies:" + (cookies.isEmpty() ? " none" : ""));
        for (HttpCookie cookie : cookies) {
            out.println("  " + cookie.getName() + "=" + (showSecrets ? cookie.getValue() : Secrets.MASK) + " ("
                    + cookie.getDomain() + cookie.getPath() + ")");
        }
        out.flush();
        return 0;
    }
}
