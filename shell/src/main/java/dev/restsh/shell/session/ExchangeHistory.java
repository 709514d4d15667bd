package dev.restsh.shell.session;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.Response;
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

    public List<Exchange> all() {
        return List.copyOf(exchanges);
    }

    public int size() {
        return exchanges.size();
    }
}
