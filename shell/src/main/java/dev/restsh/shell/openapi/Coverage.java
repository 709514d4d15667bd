package dev.restsh.shell.openapi;

import dev.restsh.shell.http.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which parts of an API a session or a script exercised: for each documented operation (method and path template),
 * how many requests went to it and which of its documented responses came back; statuses that came back but are not
 * documented; and the requests that matched no operation.
 */
public record Coverage(ApiDocument document, List<OperationCoverage> operations, List<Unmatched> unmatched) {

    /** One operation: requests sent to it, responses seen per documented status key, statuses it does not document. */
    public record OperationCoverage(
            Operation operation, int requests, Map<String, Integer> documented, Map<Integer, Integer> undocumented) {
        public boolean exercised() {
            return requests > 0;
        }

        public long documentedSeen() {
            return documented.values().stream().filter(count -> count > 0).count();
        }
    }

    /** Requests of one method and path that no operation describes, with the statuses they got. */
    public record Unmatched(String method, String path, Map<Integer, Integer> statuses) {
        public int requests() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The coverage of these responses (those of the API the document describes). */
    public static Coverage of(ApiDocument document, List<Response> responses) {
        // By identity: an operation's record equality would compare its whole schemas.
        Map<Operation, Integer> index = new IdentityHashMap<>();
        List<Integer> requests = new ArrayList<>();
        List<Map<String, Integer>> documented = new ArrayList<>();
        List<Map<Integer, Integer>> undocumented = new ArrayList<>();
        for (Operation operation : document.operations()) {
            index.put(operation, requests.size());
            requests.add(0);
            Map<String, Integer> statuses = new LinkedHashMap<>();
            operation.responses().keySet().stream()
                    .sorted(Comparator.comparing(Coverage::statusOrder))
                    .forEach(status -> statuses.put(status, 0));
            documented.add(statuses);
            undocumented.add(new TreeMap<>());
        }
        Map<String, Unmatched> unmatched = new LinkedHashMap<>();
        for (Response response : responses) {
            String method = response.request().method().toUpperCase(Locale.ROOT);
            String path =
                    response.url().getPath() == null || response.url().getPath().isEmpty()
                            ? "/"
                            : response.url().getPath();
            Operation operation = document.operationFor(method, path).orElse(null);
            if (operation == null) {
                unmatched
                        .computeIfAbsent(method + " " + path, key -> new Unmatched(method, path, new TreeMap<>()))
                        .statuses()
                        .merge(response.status(), 1, Integer::sum);
                continue;
            }
            int at = index.get(operation);
            requests.set(at, requests.get(at) + 1);
            String declared = operation.declaredStatus(response.status());
            if (declared == null) {
                undocumented.get(at).merge(response.status(), 1, Integer::sum);
            } else {
                documented.get(at).merge(declared, 1, Integer::sum);
            }
        }
        List<OperationCoverage> operations = new ArrayList<>();
        for (Operation operation : document.operations()) {
            int at = index.get(operation);
            operations.add(
                    new OperationCoverage(operation, requests.get(at), documented.get(at), undocumented.get(at)));
        }
        return new Coverage(document, List.copyOf(operations), List.copyOf(unmatched.values()));
    }

    /** Documented statuses in reading order: codes, then ranges ({@code 4XX}), then {@code default}. */
    private static String statusOrder(String status) {
        return status.equalsIgnoreCase("default") ? "~" : status.toUpperCase(Locale.ROOT);
    }

    public long operationsExercised() {
        return operations.stream().filter(OperationCoverage::exercised).count();
    }

    public long responsesDocumented() {
        return operations.stream().mapToLong(seen -> seen.documented().size()).sum();
    }

    public long responsesSeen() {
        return operations.stream().mapToLong(OperationCoverage::documentedSeen).sum();
    }

    public int requests() {
        return operations.stream().mapToInt(OperationCoverage::requests).sum() + unmatchedRequests();
    }

    public int unmatchedRequests() {
        return unmatched.stream().mapToInt(Unmatched::requests).sum();
    }

    /** A share as a whole percentage, rounded down (so 100 % means every one), 0 of 0 as 0. */
    public static long percent(long part, long whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }

    /** One line: operations and responses exercised, with percentages. */
    public String summary() {
        return operationsExercised() + " of " + operations.size() + " operations ("
                + percent(operationsExercised(), operations.size()) + " %), " + responsesSeen() + " of "
                + responsesDocumented() + " documented responses (" + percent(responsesSeen(), responsesDocumented())
                + " %), " + requests() + (requests() == 1 ? " request" : " requests") + ", " + unmatchedRequests()
                + " matching no operation";
    }
}
