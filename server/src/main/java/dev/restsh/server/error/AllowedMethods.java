package dev.restsh.server.error;

import dev.restsh.server.inventory.IpItemResource;
import dev.restsh.server.inventory.IpResource;
import dev.restsh.server.tutorial.TutorialResource;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each route accepts, read from the resources' JAX-RS annotations, for the {@code Allow} header of a 405
 * (Quarkus REST sends it on OPTIONS but not on 405).
 */
@Singleton
public class AllowedMethods {
    private static final Class<?>[] RESOURCES = {TutorialResource.class, IpResource.class, IpItemResource.class};

    private final Map<Pattern, Set<String>> allowByPath = new LinkedHashMap<>();

    AllowedMethods() {
        for (Class<?> resource : RESOURCES) {
            TreeSet<String> methods = new TreeSet<>();
            for (Method method : resource.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        methods.add(http.value());
                    }
                }
            }
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
            allowByPath.put(template(resource.getAnnotation(Path.class).value()), methods);
        }
    }

    /** The Allow header value for a request path; empty if no resource serves it. */
    public String forPath(String path) {
        return String.join(", ", methods(path));
    }

    /**
     * Whether a resource serves this path but not with this method. Quarkus REST answers some of these 404 (POST,
     * TRACE or an unknown method on {@code /ips/{ip}}, though it answers 405 on {@code /ips}): they should be 405.
     */
    public boolean refuses(String path, String method) {
        Set<String> methods = methods(path);
        return !methods.isEmpty() && !methods.contains(method);
    }

    private Set<String> methods(String path) {
        String normalized = "/" + path.replaceFirst("^/+", "").replaceFirst("/+$", "");
        return allowByPath.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(normalized).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Set.of());
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
