package dev.restsh.server.error;

import dev.restsh.server.ip.IpItemResource;
import dev.restsh.server.ip.IpResource;
import dev.restsh.server.ip.LegacyIpResource;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each route accepts, read from the resources' JAX-RS annotations, for the {@code Allow} header of a 405
 * (Quarkus REST sends it on OPTIONS but not on 405).
 */
@Singleton
public class AllowedMethods {
    private static final Class<?>[] RESOURCES = {LegacyIpResource.class, IpResource.class, IpItemResource.class};

    private final Map<Pattern, String> allowByPath = new LinkedHashMap<>();

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
            allowByPath.put(template(resource.getAnnotation(Path.class).value()), String.join(", ", methods));
        }
    }

    /** The Allow header value for a request path; empty if no resource serves it. */
    public String forPath(String path) {
        String normalized = "/" + path.replaceFirst("^/+", "").replaceFirst("/+$", "");
        return allowByPath.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(normalized).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
