package dev.restsh.shell.openapi;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RedirectPolicy;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.render.TerminalText;
import dev.restsh.shell.session.RequestCheck;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The pre-flight check of every request to the session's API (the one send path calls it): a request that does not
 * match its operation in the OpenAPI document gets one warning line per violation and is sent anyway, or, in strict
 * mode, is refused (exit status 2, nothing sent).
 *
 * <p>It never makes a request slower to a server without a document: in warn mode it uses the document only when the
 * session already has it (the REPL looks for it after its first prompt; {@code endpoints}, {@code validate} and
 * {@code run --validate} load it), and never waits for it. Strict mode (asked for explicitly) waits for the document,
 * looking for it once per base URL if nobody did, unless discovery is off ({@code openapi = off}).
 */
public final class RequestPreflight implements RequestCheck {
    private final ShellContext context;
    private boolean forcedStrict;
    private URI warnedNoDocument;

    public RequestPreflight(ShellContext context) {
        this.context = context;
    }

    /** Runs {@code work} (which sends) in strict mode when {@code on}: {@code --strict}, {@code run --strict}. */
    public <T> T strict(boolean on, Supplier<T> work) {
        boolean before = forcedStrict;
        forcedStrict = before || on;
        try {
            return work.get();
        } finally {
            forcedStrict = before;
        }
    }

    /** The mode in force: {@code --strict} or {@code run --strict}, else the environment's, else the config's. */
    public ValidationMode mode() {
        if (forcedStrict) {
            return ValidationMode.STRICT;
        }
        Optional<String> fromEnvironment = context.environments()
                .current()
                .map(environment -> environment.text("validate"))
                .filter(value -> !value.isBlank());
        if (fromEnvironment.isPresent()) {
            String name = context.environments().current().get().name();
            return ValidationMode.parse(fromEnvironment.get(), "environment " + name + ": ");
        }
        return context.settings().validate();
    }

    @Override
    public void beforeSending(RequestSpec request) {
        ValidationMode mode = mode();
        if (mode == ValidationMode.OFF
                || !RedirectPolicy.sameOrigin(request.url(), context.session().base())) {
            return;
        }
        Optional<ApiDocument> document = mode == ValidationMode.STRICT ? awaited() : known();
        if (document.isEmpty()) {
            return;
        }
        RequestValidator.Result result = new RequestValidator(document.get()).validate(request);
        List<Violation> violations = result.violations();
        if (violations.isEmpty()) {
            return;
        }
        String subject = request.method() + " " + request.url().getRawPath();
        for (Violation violation : violations) {
            context.console().warn(shown(subject + ": " + violation.where() + ": " + violation.message()));
        }
        if (mode == ValidationMode.STRICT) {
            int count = violations.size();
            throw RestshException.usage("not sent (strict validation): " + count
                    + (count == 1 ? " violation" : " violations") + " of "
                    + (result.operation() == null
                            ? "the OpenAPI document"
                            : result.operation().method() + " "
                                    + result.operation().path().text()));
        }
    }

    /** The document if the session already has it, without waiting. */
    private Optional<ApiDocument> known() {
        return context.openApiIfUsed().flatMap(OpenApiCatalog::ready);
    }

    private Optional<ApiDocument> awaited() {
        Optional<ApiDocument> document = context.settings().openApiDiscovery()
                ? context.openApi().settled()
                : context.openApiIfUsed().flatMap(OpenApiCatalog::settled);
        URI base = context.session().base();
        if (document.isEmpty() && !base.equals(warnedNoDocument)) {
            warnedNoDocument = base;
            context.console()
                    .warn("no OpenAPI document for " + UrlCredentials.shown(base)
                            + ": strict validation has nothing to check requests against");
        }
        return document;
    }

    private String shown(String text) {
        return context.console().escapes() ? TerminalText.visible(text) : text;
    }
}
