package dev.restsh.shell.repl;

/** The real-world documents under the tests' resources (see openapi/real-world/README.md). */
final class RealWorld {
    static final String DOCKER = "real-world/docker-engine-v1.51.swagger.yaml";
    static final String TRAIN = "real-world/train-travel.openapi.yaml";

    private RealWorld() {}
}
