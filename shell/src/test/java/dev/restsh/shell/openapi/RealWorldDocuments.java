package dev.restsh.shell.openapi;

/** The real-world documents under the tests' resources, for {@link ApiServer#document}: see real-world/README.md. */
public final class RealWorldDocuments {
    /** Docker Engine API 1.51, Swagger 2.0 (YAML), its paths under {@code /v1.51}. */
    public static final String DOCKER = "real-world/docker-engine-v1.51.swagger.yaml";

    /** The Train Travel API, OpenAPI 3.1 (YAML) with {@code $ref}, {@code allOf} and {@code oneOf}. */
    public static final String TRAIN = "real-world/train-travel.openapi.yaml";

    private RealWorldDocuments() {}
}
