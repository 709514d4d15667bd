package dev.restsh.shell.http;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Turns the JDK's network exceptions into one clear line naming the URL and the cause. */
public final class NetworkErrors {
    private NetworkErrors() {}

    public static RestshException describe(URI url, Throwable error) {
        // the URL as typed, but a secret query parameter (?api_key=) is no part of an error message
        return new RestshException(
                ExitStatus.NETWORK,
                dev.restsh.shell.session.Secrets.maskQueries(url.toString()) + ": " + cause(url, error),
                error);
    }

    /**
     * True when the request never reached the server: refused, unknown host, no route, connect timeout, failed
     * TLS handshake. Any later failure (a timeout waiting for the response, a connection cut short) came after
     * the request went out.
     */
    public static boolean beforeSending(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException
                    || t instanceof HttpConnectTimeoutException
                    || t instanceof SSLHandshakeException
                    || (t instanceof SocketTimeoutException
                            && String.valueOf(t.getMessage())
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .contains("connect"))) {
                return true;
            }
        }
        return false;
    }

    private static String cause(URI url, Throwable error) {
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host " + url.getHost();
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "connect timed out";
            }
            if (t instanceof SocketTimeoutException) {
                String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                return message.contains("connect") ? "connect timed out" : "timed out waiting for the response";
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out waiting for the response";
            }
            if (t instanceof SSLException) {
                return tls(t);
            }
            String headerLimit = headerLimit(t);
            if (headerLimit != null) {
                return headerLimit;
            }
            if (cutShort(t)) {
                return "the server closed the connection before the whole response arrived";
            }
            root = t;
        }
        if (error instanceof ConnectException || root instanceof ConnectException) {
            boolean local = "localhost".equals(url.getHost()) || "127.0.0.1".equals(url.getHost());
            return "connection refused" + (local ? " (is the server running? start it with scripts/run)" : "");
        }
        String message = root.getMessage();
        if (root instanceof java.util.zip.ZipException) {
            return "cannot decode the compressed body: " + message;
        }
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static String tls(Throwable error) {
        String message = String.valueOf(error.getMessage());
        String clientCertificate = ClientCertificateAlerts.hint(message);
        if (clientCertificate != null) {
            return "TLS error: " + message + " (" + clientCertificate + ")";
        }
        boolean untrusted =
                message.contains("PKIX") || message.contains("certificate") || message.contains("No subject");
        return "TLS error: " + message
                + (untrusted
                        ? " (the server's certificate is not trusted: --cacert FILE trusts it, --verify=no skips the check)"
                        : "");
    }

    /**
     * Both of the JDK's HTTP/1.1 parsers stop at {@code jdk.http.maxHeaderSize} bytes of response head (384 KiB
     * by default) with "Header size too big: SIZE > LIMIT": said in words, with the way to raise the limit.
     */
    private static String headerLimit(Throwable error) {
        java.util.regex.Matcher tooBig = java.util.regex.Pattern.compile("Header size too big: (\\d+) > (\\d+)")
                .matcher(String.valueOf(error.getMessage()));
        if (!(error instanceof java.net.ProtocolException) || !tooBig.find()) {
            return null;
        }
        return "the response's header section is larger than the limit of " + tooBig.group(2)
                + " bytes (stopped after " + tooBig.group(1) + "; RESTSH_JAVA_OPTS=-Djdk.http.maxHeaderSize=BYTES"
                + " raises it)";
    }

    private static boolean cutShort(Throwable error) {
        String message = String.valueOf(error.getMessage());
        return error instanceof java.io.EOFException
                || message.contains("Premature EOF")
                || message.contains("bytes received")
                || message.contains("EOF reached")
                || message.contains("closed before")
                || message.equals("Connection reset");
    }
}
