package dev.restsh.shell.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses RFC 8288 {@code Link} headers into links by relation, as {@code requests.Response.links} does. */
public final class LinkHeader {
    public record Link(String url, String rel, Map<String, String> params) {}

    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+(?:=(?:\"[^\"]*\"|[^;,]*))?)*)");
    private static final Pattern PARAM = Pattern.compile(";\\s*([^=;,\\s]+)\\s*(?:=\\s*(\"[^\"]*\"|[^;,]*))?");

    private LinkHeader() {}

    /** Links keyed by rel (or by URL when a link has no rel); relative targets resolved against the base. */
    public static Map<String, Link> parse(Iterable<String> values, URI base) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (String value : values) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                String target = link.group(1).trim();
                String url = base == null ? target : base.resolve(target).toString();
                Map<String, String> params = new LinkedHashMap<>();
                params.put("url", url);
                Matcher param = PARAM.matcher(link.group(2));
                while (param.find()) {
                    String raw = param.group(2) == null ? "" : param.group(2).trim();
                    params.put(param.group(1).toLowerCase(), raw.replaceAll("^\"|\"$", ""));
                }
                String rel = params.get("rel");
                if (rel == null) {
                    links.put(url, new Link(url, null, params));
                } else {
                    for (String each : rel.trim().split("\\s+")) {
                        links.put(each, new Link(url, each, params));
                    }
                }
            }
        }
        return links;
    }
}
