package dev.restsh.shell.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Credentials in a URL ({@code http://user:pass@host/}) sent as basic auth, as curl, HTTPie and requests send them.
 * The userinfo itself leaves the URL: it is never sent, and the URL a response keeps (history, {@code request.url},
 * exports) does not show the password.
 */
public final class UrlCredentials {
    private UrlCredentials() {}

    /** The request without its URL's userinfo, with an Authorization header made of it unless it has one. */
    public static RequestSpec apply(RequestSpec spec) {
        String userInfo = spec.url().getRawUserInfo();
        if (userInfo == null) {
            return spec;
        }
        RequestSpec copy = spec.withTarget(spec.method(), withoutUserInfo(spec.url()), spec.body());
        if (!copy.headers().contains("authorization")) {
            copy.headers().add("Authorization", basic(spec.url()));
        }
        return copy;
    }

    /** {@code Basic …} made of the URL's userinfo (percent-decoded); a proxy's URL too. */
    static String basic(URI url) {
        String password = password(url);
        byte[] pair =
                (decode(user(url)) + ":" + (password == null ? "" : decode(password))).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    /** The URL as shown to the user (pwd, base, env, the prompt): its password, if any, as {@code ***}. */
    public static String shown(URI url) {
        if (password(url) == null) {
            return url.toString();
        }
        String text = url.toString();
        int at = text.indexOf("//") + 2; // the userinfo starts the authority
        return text.substring(0, at) + user(url) + ":***"
                + text.substring(at + url.getRawUserInfo().length());
    }

    /** The user of the URL's userinfo, as written (percent-encoded), or null without userinfo. */
    public static String user(URI url) {
        String userInfo = url.getRawUserInfo();
        int colon = userInfo == null ? -1 : userInfo.indexOf(':');
        return colon < 0 ? userInfo : userInfo.substring(0, colon);
    }

    /** The password of the URL's userinfo, as written, or null when it has none. */
    public static String password(URI url) {
        String userInfo = url.getRawUserInfo();
        int colon = userInfo == null ? -1 : userInfo.indexOf(':');
        return colon < 0 ? null : userInfo.substring(colon + 1);
    }

    private static URI withoutUserInfo(URI url) {
        String hostAndPort =
                url.getRawAuthority().substring(url.getRawUserInfo().length() + 1);
        return URI.create(url.getScheme() + "://" + hostAndPort
                + (url.getRawPath() == null ? "" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment()));
    }

    /** Percent-decoded as UTF-8; a '+' is a plus here, not a space as in a form. */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
