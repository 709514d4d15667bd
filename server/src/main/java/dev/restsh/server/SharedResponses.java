package dev.restsh.server;

import dev.restsh.server.error.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The responses that several operations share, added to the OpenAPI document's components at build time: each is
 * one name and one description here, every one but 304 with a problem+json body, instead of the same annotation
 * repeated per status. Operations name them with {@code @APIResponse(ref = ApiDocumentation.…)}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SharedResponses implements OASFilter {
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put(ApiDocumentation.INVALID_PAGE, "Invalid limit or cursor");
        PROBLEMS.put(ApiDocumentation.INVALID_QUERY, "Invalid filter, limit or cursor");
        PROBLEMS.put(ApiDocumentation.INVALID_INPUT, "Not a valid address or body");
        PROBLEMS.put(ApiDocumentation.UNAUTHORIZED, "Missing or wrong bearer token");
        PROBLEMS.put(ApiDocumentation.NOT_FOUND, "Not in the inventory");
        PROBLEMS.put(ApiDocumentation.ALREADY_PRESENT, "Already in the inventory");
        PROBLEMS.put(ApiDocumentation.PRECONDITION_FAILED, "A precondition failed (If-Match or If-None-Match)");
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        openApi.getComponents()
                .addResponse(
                        ApiDocumentation.NOT_MODIFIED,
                        OASFactory.createAPIResponse().description("Not modified since the ETag in If-None-Match"));
        PROBLEMS.forEach((name, description) -> openApi.getComponents().addResponse(name, problem(description)));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
