package dev.restsh.shell.http;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * The client certificate of mutual TLS, as HTTPie's {@code --cert}/{@code --cert-key}/{@code --cert-key-pass} give
 * it: a PEM chain (with the key in it or in {@code keyFile}) or a PKCS#12 file. Read on first use, so a password is
 * asked for (without echo, on the terminal) only when a request needs the key; a file that cannot be used is a
 * usage error naming it.
 */
public final class ClientCertificate {
    /** Asks for a key's password without echo; null when there is no terminal. Replaced in tests. */
    public static volatile PasswordPrompt prompt = file -> {
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("password for %s: ", file.getFileName());
    };

    /** Reads a password for a file. */
    public interface PasswordPrompt {
        char[] ask(Path file);
    }

    private static final Pattern CERTIFICATE =
            Pattern.compile("-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", Pattern.DOTALL);

    private final Path certFile;
    private final Path keyFile;
    private final String password;
    private KeyManager[] keyManagers;

    public ClientCertificate(Path certFile, Path keyFile, String password) {
        this.certFile = Objects.requireNonNull(certFile).toAbsolutePath();
        this.keyFile = keyFile == null ? null : keyFile.toAbsolutePath();
        this.password = password;
    }

    public Path certFile() {
        return certFile;
    }

    /** The separate key file, or null when the key is in the certificate file. */
    public Path keyFile() {
        return keyFile;
    }

    /** Whether the certificate file is PEM text (else PKCS#12), judged by its first bytes; false when unreadable. */
    public boolean isPem() {
        try (java.io.InputStream in = Files.newInputStream(certFile)) {
            return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1).contains("-----BEGIN");
        } catch (IOException e) {
            return false;
        }
    }

    /** The password given on the command line or in the config, if any (for curl's {@code --pass}). */
    public String password() {
        return password;
    }

    /** The same files with another password (a later option), or these files' certificate when it gives none. */
    public ClientCertificate withPassword(String newPassword) {
        return newPassword == null ? this : new ClientCertificate(certFile, keyFile, newPassword);
    }

    /** Reads the files (once) and checks that the key belongs to the certificate. */
    public synchronized KeyManager[] keyManagers() {
        if (keyManagers == null) {
            keyManagers = load();
        }
        return keyManagers;
    }

    private KeyManager[] load() {
        byte[] certBytes = read(certFile, "client certificate");
        String certText = new String(certBytes, StandardCharsets.ISO_8859_1);
        Supplier<char[]> secret = new AskedOnce(keyFile == null ? certFile : keyFile, password);
        try {
            Identity identity = certText.contains("-----BEGIN") ? pem(certText, secret) : pkcs12(certBytes, secret);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(identity.store(), identity.password());
            return factory.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw RestshException.usage("client certificate " + certFile + ": " + e.getMessage());
        }
    }

    /** A key store holding the key and chain, and the password of its key entry. */
    private record Identity(KeyStore store, char[] password) {}

    private Identity pem(String certText, Supplier<char[]> secret) throws GeneralSecurityException {
        List<Certificate> chain = new ArrayList<>();
        Matcher block = CERTIFICATE.matcher(certText);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        while (block.find()) {
            chain.add(factory.generateCertificate(
                    new ByteArrayInputStream(block.group().getBytes(StandardCharsets.ISO_8859_1))));
        }
        if (chain.isEmpty()) {
            throw RestshException.usage("client certificate " + certFile + ": no PEM certificate in it");
        }
        Path keyPlace = keyFile == null ? certFile : keyFile;
        String keyText =
                keyFile == null ? certText : new String(read(keyFile, "client key"), StandardCharsets.ISO_8859_1);
        PrivateKey key;
        try {
            key = PemPrivateKeys.read(keyText, secret)
                    .orElseThrow(() -> RestshException.usage(
                            keyFile == null
                                    ? "client certificate " + certFile
                                            + " has no private key in it: give it with --cert-key FILE"
                                    : "client key " + keyFile + ": no PEM private key in it"));
        } catch (PemPrivateKeys.KeyException e) {
            throw RestshException.usage("client key " + keyPlace + ": " + e.getMessage());
        }
        KeyPairCheck.requireMatch(key, chain.get(0), keyPlace, certFile);
        KeyStore store = emptyStore();
        char[] inMemory = "restsh".toCharArray(); // the store never leaves the process
        store.setKeyEntry("client", key, inMemory, chain.toArray(new Certificate[0]));
        return new Identity(store, inMemory);
    }

    private Identity pkcs12(byte[] bytes, Supplier<char[]> secret) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] used = password == null ? new char[0] : password.toCharArray();
        try {
            try {
                store.load(new ByteArrayInputStream(bytes), used);
            } catch (IOException first) {
                if (password != null || !(first.getCause() instanceof UnrecoverableKeyException)) {
                    throw first;
                }
                used = secret.get(); // protected by a password not given: ask for it
                if (used == null) {
                    throw RestshException.usage("client certificate " + certFile
                            + ": the file is protected: give its password with --cert-key-pass PASS");
                }
                store.load(new ByteArrayInputStream(bytes), used);
            }
        } catch (IOException e) {
            String reason = e.getCause() instanceof UnrecoverableKeyException
                    ? "wrong password"
                    : "neither PEM nor PKCS#12 (" + ErrorText.of(e) + ")";
            throw RestshException.usage("client certificate " + certFile + ": " + reason);
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return new Identity(store, used);
            }
        }
        throw RestshException.usage("client certificate " + certFile + ": the PKCS#12 file holds no private key");
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw RestshException.usage(what + " " + file + ": cannot read it (" + ErrorText.of(e) + ")");
        }
    }

    /** A key for caching one client per setting (the files; a password does not change which key it is). */
    String key() {
        return "cert:" + certFile + (keyFile == null ? "" : "+" + keyFile);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientCertificate that
                && certFile.equals(that.certFile)
                && Objects.equals(keyFile, that.keyFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(certFile, keyFile);
    }

    @Override
    public String toString() {
        return certFile + (keyFile == null ? "" : " (key " + keyFile + ")");
    }

    /** The given password, else the prompt's answer, asked at most once. */
    private static final class AskedOnce implements Supplier<char[]> {
        private final Path file;
        private char[] value;
        private boolean asked;

        AskedOnce(Path file, String given) {
            this.file = file;
            this.value = given == null ? null : given.toCharArray();
            this.asked = given != null;
        }

        @Override
        public char[] get() {
            if (!asked) {
                asked = true;
                value = prompt.ask(file);
            }
            return value;
        }
    }
}
