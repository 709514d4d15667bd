package dev.restsh.shell.request;

import dev.restsh.shell.http.ProxySetting;
import dev.restsh.shell.http.UrlCredentials;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A request's proxy as curl's flags: {@code --proxy URL --proxy-user USER} (curl asks for the password). */
final class ProxyFlags {
    private ProxyFlags() {}

    static List<String> of(ProxySetting proxy) {
        if (proxy == null || proxy == ProxySetting.ENVIRONMENT) {
            return List.of(); // curl reads the same variables
        }
        if (proxy == ProxySetting.NONE) {
            return List.of("--noproxy", "*");
        }
        URI url = proxy.url();
        String address = url.getScheme() + "://" + url.getRawAuthority().replaceFirst("^[^@]*@", "");
        String user = UrlCredentials.user(url);
        return user == null
                ? List.of("--proxy", address)
                : List.of("--proxy", address, "--proxy-user", URLDecoder.decode(user, StandardCharsets.UTF_8));
    }
}
