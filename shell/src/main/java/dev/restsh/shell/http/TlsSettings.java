package dev.restsh.shell.http;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How server certificates are checked: the JDK's trust store (default), the PEM certificates of one file
 * ({@code --cacert}, which replaces the defaults as curl's does), or not at all ({@code --verify=no}); and the
 * client certificate shown to servers that ask for one ({@code --cert}), if any.
 */
public record TlsSettings(boolean verify, Path caFile, ClientCertificate client) {
    public static final TlsSettings DEFAULT = new TlsSettings(true, null);

    public TlsSettings(boolean verify, Path caFile) {
        this(verify, caFile, null);
    }

    public TlsSettings withClient(ClientCertificate newClient) {
        return new TlsSettings(verify, caFile, newClient);
    }

    public boolean isDefault() {
        return verify && caFile == null && client == null;
    }

    /** A key for caching one client per setting. */
    String key() {
        String trust = verify ? (caFile == null ? "default" : "ca:" + caFile.toAbsolutePath()) : "insecure";
        return client == null ? trust : trust + " " + client.key();
    }

    /** The TLS context of these settings; {@code requests} notes the servers that ask for a client certificate. */
    SSLContext context(CertificateRequests requests) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            KeyManager[] keys = requests.watching(client == null ? null : client.keyManagers());
            if (!verify) {
                context.init(keys, new TrustManager[] {new TrustEverything()}, null);
            } else {
                context.init(keys, caFile == null ? null : trustManagers(caFile), null);
            }
            return context;
        } catch (GeneralSecurityException e) {
            throw RestshException.usage("cannot set up TLS: " + e.getMessage());
        }
    }

    private static TrustManager[] trustManagers(Path file) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(file)) {
            store.load(null, null);
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw RestshException.usage("--cacert " + file + ": no PEM certificate in it");
            }
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
        } catch (IOException e) {
            throw RestshException.usage("--cacert " + file + ": cannot read it (" + ErrorText.of(e) + ")");
        } catch (java.security.cert.CertificateException e) {
            throw RestshException.usage("--cacert " + file + ": not a PEM certificate (" + e.getMessage() + ")");
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    /**
     * Accepts any certificate for any host. Being an X509ExtendedTrustManager, it also owns the host-name check,
     * which it skips: that is what {@code --verify=no} asks for.
     */
    private static final class TrustEverything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
