package dev.restsh.server;

import dev.restsh.server.error.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives each shared error response of {@link ApiDocumentation} its problem+json body, so the annotations name a
 * response and its description once instead of repeating the same {@code @Content} for every status.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getResponses() == null) {
            return;
        }
        openApi.getComponents().getResponses().forEach((name, response) -> {
            if (!ApiDocumentation.NOT_MODIFIED.equals(name)) {
                withProblemBody(response);
            }
        });
    }

    private static void withProblemBody(APIResponse response) {
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
