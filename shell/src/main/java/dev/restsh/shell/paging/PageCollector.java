package dev.restsh.shell.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Paging;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.session.Exchanges;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code --all-pages}: follows {@code rel="next"} from a first page until the end (or a page limit), keeping every
 * page in the history, and joins the pages into one result: JSON arrays are concatenated, and so are objects
 * holding one array ({@code results}, {@code items}, {@code data} …), keeping the first page's other fields.
 */
public final class PageCollector {
    private final Exchanges exchanges;

    public PageCollector(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    /** The pages, first one included, in order. */
    public List<Response> follow(Response first, RequestOptions options, int maxPages) {
        List<Response> pages = new ArrayList<>(List.of(first));
        Response current = first;
        while (Paging.link(current, "next").isPresent() && current.ok()) {
            if (pages.size() >= maxPages) {
                throw RestshException.usage(
                        "stopped after " + maxPages + " pages (--max-pages); " + "the pages so far are in the history");
            }
            current = exchanges
                    .send(Paging.requestFor(current, "next"), options, Exchanges.Printer.NONE)
                    .response();
            pages.add(current);
        }
        return pages;
    }

    public static JsonNode combine(List<Response> pages) {
        JsonNode first = Json.parse(pages.get(0).body().open());
        if (first.isArray()) {
            ArrayNode all = Json.mapper().createArrayNode();
            pages.forEach(page ->
                    all.addAll((ArrayNode) arrayOf(Json.parse(page.body().open()), null, page)));
            return all;
        }
        String field = arrayField(first, pages.get(0));
        ObjectNode combined = ((ObjectNode) first).deepCopy();
        ArrayNode all = Json.mapper().createArrayNode();
        pages.forEach(
                page -> all.addAll((ArrayNode) arrayOf(Json.parse(page.body().open()), field, page)));
        combined.set(field, all);
        return combined;
    }

    private static JsonNode arrayOf(JsonNode body, String field, Response page) {
        JsonNode array = field == null ? body : body.get(field);
        if (array == null || !array.isArray()) {
            throw RestshException.usage("page " + page.url() + " does not hold "
                    + (field == null ? "a JSON array" : "an array in '" + field + "'") + " like the first page");
        }
        return array;
    }

    private static String arrayField(JsonNode first, Response page) {
        String found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = first.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isArray()) {
                if (found != null) {
                    throw RestshException.usage("cannot join pages: " + page.url() + " holds several arrays ('" + found
                            + "', '" + entry.getKey() + "')");
                }
                found = entry.getKey();
            }
        }
        if (found == null) {
            throw RestshException.usage("cannot join pages: " + page.url() + " holds no JSON array");
        }
        return found;
    }
}
