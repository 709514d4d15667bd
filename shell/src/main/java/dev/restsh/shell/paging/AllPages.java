package dev.restsh.shell.paging;

import dev.restsh.shell.Console;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.ExchangePrinter;
import dev.restsh.shell.render.OutputSpec;
import dev.restsh.shell.render.ValueRenderer;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Exchanges;
import java.util.List;

/**
 * {@code --all-pages} as a printer: given the first page, it follows the next links (each page sent, kept and
 * saved like any request), then shows a status line per page and the pages joined, or the body of a page that
 * failed.
 */
public final class AllPages implements Exchanges.Printer {
    private final Exchanges exchanges;
    private final Console console;
    private final OutputSpec show;
    private final ExchangePrinter firstRequest;
    private final int maxPages;
    private ExitStatus status = ExitStatus.OK;

    /** {@code firstRequest} shows the first page's request as it goes out (-v); the rest go out silently. */
    public AllPages(Exchanges exchanges, Console console, OutputSpec show, ExchangePrinter firstRequest, int maxPages) {
        this.exchanges = exchanges;
        this.console = console;
        this.show = show;
        this.firstRequest = firstRequest;
        this.maxPages = maxPages;
    }

    @Override
    public void request(RequestSpec hop) {
        firstRequest.request(hop);
    }

    @Override
    public void response(Exchange first) {
        List<Response> pages = new PageCollector(exchanges).follow(first.response(), first.options(), maxPages);
        ExchangePrinter printer = new ExchangePrinter(console);
        if (show.summary()) { // not with -b, -p b or -q, as for one page
            pages.forEach(printer::summary);
        }
        Response last = pages.get(pages.size() - 1);
        if (!last.ok()) {
            printer.body(last);
            status = ExitStatus.forHttpStatus(last.status());
            return;
        }
        new ValueRenderer(console).render(PageCollector.combine(pages));
    }

    /** OK, or the status of the page that failed. */
    public ExitStatus status() {
        return status;
    }
}
