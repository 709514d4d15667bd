package dev.restsh.shell.command;

import static dev.restsh.shell.command.ProgrammaticModel.option;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.ClientCertificate;
import dev.restsh.shell.http.TlsSettings;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** HTTPie's {@code --cert}, {@code --cert-key} and {@code --cert-key-pass} on request commands (mutual TLS). */
public class ClientCertOptions {
    private final OptionSpec cert = option(
                    Path.class,
                    "FILE",
                    "Client certificate for mutual TLS: a PEM chain (with its key, or see --cert-key) or PKCS#12.",
                    "--cert")
            .build();
    private final OptionSpec certKey = option(
                    Path.class, "FILE", "The client certificate's private key (PEM: PKCS#8 or PKCS#1).", "--cert-key")
            .build();
    private final OptionSpec certKeyPass = option(
                    String.class,
                    "PASS",
                    "Password of the key or PKCS#12 file (asked for without echo when needed and not given).",
                    "--cert-key-pass")
            .build();
    private final CommandSpec model =
            ProgrammaticModel.model(this).addOption(cert).addOption(certKey).addOption(certKeyPass);

    /** The options, for the command that mixes them in (see {@link ProgrammaticModel}). */
    CommandSpec model() {
        return model;
    }

    /** {@code tls} with this line's client certificate, if it gives one; a key or password alone changes the one there. */
    TlsSettings over(TlsSettings tls) {
        Path certFile = cert.getValue();
        Path keyFile = certKey.getValue();
        String password = certKeyPass.getValue();
        if (certFile != null) {
            return tls.withClient(new ClientCertificate(certFile, keyFile, password));
        }
        if (keyFile == null && password == null) {
            return tls;
        }
        if (tls.client() == null) {
            throw RestshException.usage((keyFile != null ? "--cert-key" : "--cert-key-pass")
                    + " needs a client certificate: --cert FILE (or cert in the config file)");
        }
        ClientCertificate configured = tls.client();
        return tls.withClient(
                keyFile == null
                        ? configured.withPassword(password)
                        : new ClientCertificate(configured.certFile(), keyFile, password));
    }
}
