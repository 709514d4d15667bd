package dev.restsh.shell.session;

import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.request.RequestBuilder;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way a request is sent (HTTPie's {@code write_message}): build it, send it (renewing rejected
 * credentials or answering a Digest challenge once), keep the response in the history, save the named session, hand the exchange to the printer.
 * Every command that sends comes through here, so a rule about sending is written once, in this class.
 */
public final class Exchanges {
    /** What a send shows: each request as it goes out (every redirect hop), then the exchange. */
    public interface Printer {
        Printer NONE = new Printer() {};

        default void request(RequestSpec hop) {}

        default void response(Exchange exchange) {}
    }

    /**
     * A step a command puts around its sends while it runs ({@code retry} repeats a failed send, {@code compare}
     * shows nothing): each send of the command goes through it.
     */
    public interface Step {
        Step NONE = new Step() {};

        /** Sends (by calling {@code attempt}, once or more) and returns the response to keep. */
        default Response send(Supplier<Response> attempt) {
            return attempt.get();
        }

        /** The printer the send uses instead of the one the command asked for. */
        default Printer printer(Printer asked) {
            return asked;
        }
    }

    private final Session session;
    private Step step = Step.NONE;

    Exchanges(Session session) {
        this.session = session;
    }

    /** Builds a request (from what the user typed) and sends, keeps and shows it. */
    public Exchange send(Supplier<RequestSpec> build, RequestOptions options, Printer printer) {
        Printer shown = step.printer(printer);
        return show(keep(step.send(() -> transmit(build.get(), build, options, shown)), options), shown);
    }

    /** Sends, keeps and shows a request made before (a page link, a request sent again, a pasted curl command). */
    public Exchange send(RequestSpec request, RequestOptions options, Printer printer) {
        Printer shown = step.printer(printer);
        return show(keep(step.send(() -> transmit(request, options, shown)), options), shown);
    }

    /** Runs {@code body} (a command line) with {@code added} around each of its sends, then goes back. */
    public <T> T during(Step added, Supplier<T> body) {
        Step before = step;
        step = added;
        try {
            return body.get();
        } finally {
            step = before;
        }
    }

    /** Sends a request made before without keeping it ({@code watch} keeps only its last run: see {@link #keep}). */
    public Response transmit(RequestSpec request, RequestOptions options, Printer printer) {
        // A request made from an earlier one's headers leaves with the sign-in's current token, renewed if due.
        RequestSpec current = new RequestBuilder(session).withCurrentCredentials(request);
        return transmit(current, () -> withCurrentCredentials(request), options, printer);
    }

    /** Adds a response to the history and saves the session under its name ({@code --session NAME}), if it has one. */
    public Exchange keep(Response response, RequestOptions options) {
        Exchange exchange = session.history().add(response, options);
        session.name().ifPresent(name -> SessionStore.of(session.env()).save(name, session));
        return exchange;
    }

    /**
     * Sends {@code first}; when the server rejects its bearer token and the session's {@link CredentialRenewal}
     * renews it, sends once more what {@code again} builds (with the new credentials); when the session's auth is
     * digest and the server challenges, sends the challenged request once more with the answer. The 401 is not kept.
     * The session's {@link RequestCheck} sees {@code first} before anything is sent.
     */
    private Response transmit(RequestSpec first, Supplier<RequestSpec> again, RequestOptions options, Printer printer) {
        session.requestCheck().beforeSending(first); // may refuse: then nothing is sent
        Response response = session.client().send(first, options, printer::request);
        if (response.status() != 401) { // first: most sends never load the challenge readers (start-up)
            return response;
        }
        if (BearerChallenge.rejectsToken(response)
                && session.credentialRenewal().renewAfterRejection(response)) {
            return session.client().send(again.get(), options, printer::request);
        }
        Optional<RequestSpec> answer = session.auth()
                .filter(auth -> auth.scheme() == Auth.Scheme.DIGEST)
                .flatMap(auth -> digestAnswer(response, auth));
        return answer.isPresent() ? session.client().send(answer.get(), options, printer::request) : response;
    }

    /** The challenged request (after any redirects) again, answering the server's Digest challenge. */
    private static Optional<RequestSpec> digestAnswer(Response rejected, Auth auth) {
        RequestSpec challenged = rejected.request();
        return DigestAnswer.challenge(rejected).map(challenge -> {
            String uri = challenged.url().getRawPath().isEmpty()
                    ? "/"
                    : challenged.url().getRawPath();
            if (challenged.url().getRawQuery() != null) {
                uri += "?" + challenged.url().getRawQuery();
            }
            RequestSpec answered = challenged.withTarget(challenged.method(), challenged.url(), challenged.body());
            answered.headers()
                    .set(
                            "Authorization",
                            DigestAnswer.authorization(
                                    challenge, auth.user(), auth.secret(), challenged.method(), uri));
            return answered;
        });
    }

    private static Exchange show(Exchange exchange, Printer printer) {
        printer.response(exchange);
        return exchange;
    }

    /** A request made before, with the Authorization the session's credentials give now (after a renewal). */
    private RequestSpec withCurrentCredentials(RequestSpec request) {
        Optional<String> authorization = session.auth().flatMap(auth -> auth.header(session.env()));
        if (authorization.isEmpty()) {
            return request;
        }
        RequestSpec renewed = request.withTarget(request.method(), request.url(), request.body());
        renewed.headers().set("Authorization", authorization.get());
        return renewed;
    }
}
