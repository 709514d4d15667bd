package dev.restsh.shell.session;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every response of the session, numbered in order: {@code _} is the newest, {@code _N} the N-th. */
public final class ExchangeHistory {
    private final List<Exchange> exchanges = new ArrayList<>();

    public Exchange add(Response response, RequestOptions options) {
        Exchange exchange = new Exchange(exchanges.size() + 1, response, options);
        exchanges.add(exchange);
        return exchange;
    }

    /** Adds a response loaded from a file ({@code import har}), sent at {@code started}, not by this session. */
    public Exchange addImported(Response response, Instant started, String file) {
        Exchange exchange = new Exchange(exchanges.size() + 1, response, RequestOptions.defaults(), started, file);
        exchanges.add(exchange);
        return exchange;
    }

    public Optional<Exchange> latest() {
        return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1));
    }

    public Exchange number(int number) {
        if (number < 1 || number > exchanges.size()) {
            throw RestshException.usage(
                    exchanges.isEmpty()
                            ? "no response yet: send a request first (for example: get /get_ips)"
                            : "no response _" + number + ": history has _1 to _" + exchanges.size());
        }
        return exchanges.get(number - 1);
    }

    /** The exchange a word names: {@code _N} or {@code N}, or {@code _} for the newest. */
    public Exchange reference(String word) {
        if (word.equals("_")) {
            return latest().orElseThrow(() ->
                    RestshException.usage("no response yet: send a request first (for example: get /get_ips)"));
        }
        String digits = word.startsWith("_") ? word.substring(1) : word;
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            throw RestshException.usage("'" + word + "' names no response: use _N (see: history)");
        }
        return number(Integer.parseInt(digits));
    }

    public List<Exchange> all() {
        return List.copyOf(exchanges);
    }

    public int size() {
        return exchanges.size();
    }
}
