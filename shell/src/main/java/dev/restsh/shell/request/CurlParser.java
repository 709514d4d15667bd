package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.ContentDecoding;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a pasted curl command line (the words after {@code curl}) with curl's meaning of the common flags. A
 * flag it does not know is named in the error, never ignored silently.
 */
public final class CurlParser {
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("--request", "-X"),
            Map.entry("--header", "-H"),
            Map.entry("--data", "-d"),
            Map.entry("--data-ascii", "-d"),
            Map.entry("--user", "-u"),
            Map.entry("--form", "-F"),
            Map.entry("--get", "-G"),
            Map.entry("--location", "-L"),
            Map.entry("--insecure", "-k"),
            Map.entry("--head", "-I"),
            Map.entry("--cookie", "-b"),
            Map.entry("--user-agent", "-A"),
            Map.entry("--referer", "-e"),
            Map.entry("--max-time", "-m"),
            Map.entry("--silent", "-s"),
            Map.entry("--show-error", "-S"),
            Map.entry("--include", "-i"));
    /** The options that take a value, in the order the error for an unknown one lists them. */
    private static final List<String> WITH_VALUE = List.of(
            "-X",
            "-H",
            "-d",
            "--data-raw",
            "--data-binary",
            "--data-urlencode",
            "--json",
            "-u",
            "-F",
            "-b",
            "-A",
            "-e",
            "-m",
            "--connect-timeout",
            "--cacert",
            "--url");
    /** The options without a value. */
    private static final List<String> FLAGS =
            List.of("-G", "-L", "-k", "-I", "--compressed", "--http1.1", "--http2", "-s", "-S", "-i");
    /** What restsh reads, for the error about a flag it does not: made from the lists, so it cannot drift. */
    private static final String KNOWN = String.join(" ", WITH_VALUE) + " " + String.join(" ", FLAGS);

    private final Map<String, String> variables;
    private final FileReferences files;
    private final Function<String, Optional<String>> password;
    private String method;
    private String url;
    private final Headers headers = new Headers();
    private final Set<String> removed = new HashSet<>();
    private final List<String> data = new ArrayList<>();
    private final List<MultipartPart> form = new ArrayList<>();
    private boolean json;
    private boolean get;
    private boolean head;
    private boolean follow;
    private boolean insecure;
    private boolean http1;
    private Duration timeout;
    private Path caFile;

    public CurlParser(Map<String, String> variables, Path folder) {
        this(variables, folder, user -> Optional.empty());
    }

    /** With a way to ask for the password of {@code -u USER} (empty when nobody can be asked), as curl does. */
    public CurlParser(Map<String, String> variables, Path folder, Function<String, Optional<String>> password) {
        this.password = password;
        this.variables = variables;
        this.files = new FileReferences(folder);
    }

    public CurlRequest parse(List<String> words) {
        List<String> args = expand(words);
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            String flag = LONG.getOrDefault(word, word);
            if (WITH_VALUE.contains(flag)) {
                if (i + 1 >= args.size()) {
                    throw RestshException.usage("curl: " + word + " needs a value");
                }
                option(flag, Templates.expand(args.get(++i), variables));
            } else if (FLAGS.contains(flag)) {
                option(flag, null);
            } else if (word.startsWith("-") && word.length() > 1) {
                throw RestshException.usage("curl: restsh does not know " + word + " (it reads " + KNOWN + ")");
            } else if (url != null) {
                throw RestshException.usage("curl: one URL per command (got " + url + " and " + word + ")");
            } else {
                url = Templates.expand(word, variables);
            }
        }
        return build();
    }

    /**
     * Drops a stray line-continuation backslash and splits bundled flags ({@code -sSL}, {@code -XPOST}). Empty
     * words stay: {@code -d ''} is an empty body.
     */
    private static List<String> expand(List<String> words) {
        List<String> args = new ArrayList<>();
        for (String word : words) {
            if (word.equals("\\")) {
                continue;
            }
            if (word.startsWith("-") && !word.startsWith("--") && word.length() > 2) {
                String first = "-" + word.charAt(1);
                if (WITH_VALUE.contains(first)) {
                    args.add(first);
                    args.add(word.substring(2));
                    continue;
                }
                if (word.chars().skip(1).allMatch(c -> FLAGS.contains("-" + (char) c))) {
                    word.chars().skip(1).forEach(c -> args.add("-" + (char) c));
                    continue;
                }
            }
            args.add(word);
        }
        return args;
    }

    private void option(String flag, String value) {
        switch (flag) {
            case "-X" -> method = value.toUpperCase(Locale.ROOT);
            case "-H" -> header(value);
            case "-d" ->
                data.add(
                        value.startsWith("@")
                                ? text(value.substring(1)).replace("\r", "").replace("\n", "")
                                : value);
            case "--data-raw" -> data.add(value);
            case "--data-binary" -> data.add(value.startsWith("@") ? text(value.substring(1)) : value);
            case "--data-urlencode" -> data.add(CurlUrlencode.field(value, this::text));
            case "--json" -> {
                json = true;
                data.add(value.startsWith("@") ? text(value.substring(1)) : value);
            }
            case "-u" -> user(value);
            case "-F" -> form.add(CurlFormPart.parse(value, files));
            case "-b" -> cookie(value);
            case "-A" -> headers.set("User-Agent", value);
            case "-e" -> headers.set("Referer", value);
            case "-m", "--connect-timeout" -> timeout = seconds(value);
            case "--url" -> url = value;
            case "-G" -> get = true;
            case "-I" -> head = true;
            case "-L" -> follow = true;
            case "-k" -> insecure = true;
            case "--cacert" -> {
                if (value.isBlank()) {
                    throw RestshException.usage("curl: --cacert needs a file of PEM certificates");
                }
                caFile = files.resolve(value);
            }
            case "--http1.1" -> http1 = true;
            default -> {
                // -s -S -i --compressed --http2: restsh always shows the status, decodes gzip, offers HTTP/2.
            }
        }
    }

    private void header(String value) {
        if (value.isBlank()) {
            return; // curl ignores -H ''
        }
        int colon = value.indexOf(':');
        int semicolon = value.indexOf(';');
        if (colon > 0) {
            String name = value.substring(0, colon).strip();
            String content = value.substring(colon + 1).strip();
            if (content.isEmpty()) {
                headers.remove(name); // curl: "Name:" removes a header, its own default too
                removed.add(name.toLowerCase(Locale.ROOT));
            } else {
                headers.set(name, content);
            }
        } else if (semicolon > 0 && semicolon == value.length() - 1) {
            headers.set(value.substring(0, semicolon).strip(), ""); // curl: "Name;" sends it empty
        } else {
            throw RestshException.usage("curl: -H takes 'Name: value', not '" + value + "'");
        }
    }

    private void user(String value) {
        String credentials = value;
        if (value.indexOf(':') < 0) {
            String secret = password.apply(value)
                    .orElseThrow(() -> RestshException.usage("curl: -u " + value
                            + " has no password and there is no terminal to ask for it: use -u USER:PASSWORD"));
            credentials = value + ":" + secret;
        }
        headers.set(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private void cookie(String value) {
        if (!value.contains("=")) {
            throw RestshException.usage("curl: -b " + value + " names a cookie file; restsh takes -b 'name=value'");
        }
        String given = headers.first("cookie").orElse("");
        headers.set("Cookie", given.isEmpty() ? value : given + "; " + value);
    }

    private CurlRequest build() {
        if (url == null) {
            throw RestshException.usage("curl: no URL given");
        }
        URI target = UrlResolver.absolute(url);
        if (target.getHost() == null) {
            throw RestshException.usage("curl: no host in URL '" + url + "'");
        }
        setDefault("User-Agent", RequestBuilder.USER_AGENT);
        setDefault("Accept", json ? "application/json" : "*/*");
        headers.add("Accept-Encoding", ContentDecoding.ACCEPTED);
        byte[] body = new byte[0];
        String defaultMethod = head ? "HEAD" : "GET";
        if (!form.isEmpty()) {
            RequestBody multipart = MultipartWriter.write(form);
            body = multipart.bytes();
            setDefault("Content-Type", multipart.contentType());
            defaultMethod = "POST";
        } else if (!data.isEmpty() && get) {
            String query = String.join("&", data);
            target = UrlResolver.absolute(target + (target.getRawQuery() == null ? "?" : "&") + query);
        } else if (!data.isEmpty()) {
            body = String.join(json ? "" : "&", data).getBytes(StandardCharsets.UTF_8);
            setDefault("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
            defaultMethod = head ? "HEAD" : "POST";
        }
        String finalMethod = method != null ? method : defaultMethod;
        return new CurlRequest(
                new RequestSpec(finalMethod, target, headers, body), follow, insecure, timeout, http1, caFile);
    }

    /** A header curl adds unless given, or removed with {@code -H 'Name:'}. */
    private void setDefault(String name, String value) {
        if (!headers.contains(name) && !removed.contains(name.toLowerCase(Locale.ROOT))) {
            headers.add(name, value);
        }
    }

    private String text(String file) {
        if (file.equals("-")) {
            throw RestshException.usage("curl: @- (stdin) is not supported here: save the body to a file");
        }
        return new String(files.read(file), StandardCharsets.UTF_8);
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
        } catch (NumberFormatException e) {
            throw RestshException.usage("curl: not a number of seconds: " + value);
        }
    }
}
