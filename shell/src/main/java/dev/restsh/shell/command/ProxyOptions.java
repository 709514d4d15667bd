package dev.restsh.shell.command;

import static dev.restsh.shell.command.ProgrammaticModel.option;

import dev.restsh.shell.http.ProxySetting;
import dev.restsh.shell.http.RequestOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --proxy URL|none} on request commands. */
public class ProxyOptions {
    private final OptionSpec proxy = option(
                    String.class,
                    "URL|none",
                    "Send through this HTTP proxy (http://[USER:PASS@]HOST[:PORT]; https:// by CONNECT), loopback "
                            + "included, or none; default: the config's proxy, else http_proxy/https_proxy/no_proxy.",
                    "--proxy")
            .build();
    private final CommandSpec model = ProgrammaticModel.model(this).addOption(proxy);

    /** The options, for the command that mixes them in (see {@link ProgrammaticModel}). */
    CommandSpec model() {
        return model;
    }

    /** {@code options} with this line's proxy, if it gives one (else the session's applies when sent). */
    RequestOptions over(RequestOptions options) {
        String given = proxy.getValue();
        return given == null ? options : options.withProxy(ProxySetting.parse(given));
    }
}
