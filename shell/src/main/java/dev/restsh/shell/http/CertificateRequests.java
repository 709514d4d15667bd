package dev.restsh.shell.http;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * Remembers which servers asked for a client certificate and got none. Under TLS 1.3 a server refuses a missing
 * certificate after the handshake, and many (the JDK's own, nginx) just close the connection: without this the
 * user would only read "the server closed the connection".
 */
final class CertificateRequests {
    /** host:port → whether the last handshake there that asked for a certificate was given one. */
    private final Map<String, Boolean> answered = new ConcurrentHashMap<>();

    /** The key managers to give an SSLContext: these (or none) with each certificate request noted. */
    KeyManager[] watching(KeyManager[] keys) {
        X509KeyManager delegate = null;
        if (keys != null) {
            for (KeyManager key : keys) {
                if (key instanceof X509KeyManager x509) {
                    delegate = x509;
                    break;
                }
            }
        }
        return new KeyManager[] {new Watching(delegate)};
    }

    /** The error, or a clearer one when the server asked for a certificate and got none. */
    IOException explain(URI url, IOException error) {
        int port = url.getPort() < 0 ? 443 : url.getPort();
        if (Boolean.FALSE.equals(answered.get(url.getHost() + ":" + port))) {
            return new SSLException(ClientCertificateAlerts.NOT_SENT, error);
        }
        return error;
    }

    private final class Watching extends X509ExtendedKeyManager {
        private final X509KeyManager delegate;

        Watching(X509KeyManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            String alias = delegate == null
                    ? null
                    : delegate instanceof X509ExtendedKeyManager extended
                            ? extended.chooseEngineClientAlias(keyType, issuers, engine)
                            : delegate.chooseClientAlias(keyType, issuers, null);
            answered.put(engine.getPeerHost() + ":" + engine.getPeerPort(), alias != null);
            return alias;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return delegate == null ? null : delegate.chooseClientAlias(keyType, issuers, socket);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return delegate == null ? null : delegate.getClientAliases(keyType, issuers);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null; // a client only
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return delegate == null ? null : delegate.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return delegate == null ? null : delegate.getPrivateKey(alias);
        }
    }
}
