package dev.restsh.shell.request;

import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.session.Secrets;
import java.io.PrintWriter;
import java.net.URI;

/**
 * {@code -v}: a request as it goes out, in HTTP's own layout (request line, headers, blank line, body), with
 * credentials and cookies masked unless {@code --show-secrets}.
 */
public final class RequestPrinter {
    private static final int MAX_BODY_SHOWN = 64 * 1024;

    private final PrintWriter out;
    private final boolean showSecrets;
    private final boolean head;
    private final boolean body;

    public RequestPrinter(PrintWriter out, boolean showSecrets) {
        this(out, showSecrets, true, true);
    }

    /** Prints the request line and headers ({@code head}), the body ({@code body}), or both. */
    public RequestPrinter(PrintWriter out, boolean showSecrets, boolean head, boolean body) {
        this.out = out;
        this.showSecrets = showSecrets;
        this.head = head;
        this.body = body;
    }

    public void print(RequestSpec request) {
        if (head) {
            head(request);
        }
        if (body) {
            body(request);
        }
        out.flush();
    }

    private void head(RequestSpec request) {
        URI url = request.url();
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        out.println(request.method() + " " + target + " HTTP/1.1");
        if (!request.headers().contains("host")) {
            out.println("Host: " + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()));
        }
        for (Headers.Field field : request.headers().fields()) {
            out.println(
                    field.name() + ": " + (showSecrets ? field.value() : Secrets.mask(field.name(), field.value())));
        }
        out.println();
    }

    private void body(RequestSpec request) {
        byte[] body = request.body();
        if (body.length > 0) {
            String contentType = request.headers().first("content-type").orElse("");
            if (isText(body)) {
                String text = Charsets.decode(
                        body.length > MAX_BODY_SHOWN ? java.util.Arrays.copyOf(body, MAX_BODY_SHOWN) : body,
                        contentType);
                out.println(text + (body.length > MAX_BODY_SHOWN ? "\n[… " + body.length + " bytes in all]" : ""));
            } else {
                out.println("[binary body: " + body.length + " bytes]");
            }
            out.println();
        }
        out.flush();
    }

    /** Text unless it has control characters other than line breaks and tabs (a form upload of an image…). */
    private static boolean isText(byte[] body) {
        int sample = Math.min(body.length, 8192);
        for (int i = 0; i < sample; i++) {
            byte b = body[i];
            if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t')) {
                return false;
            }
        }
        return true;
    }
}
