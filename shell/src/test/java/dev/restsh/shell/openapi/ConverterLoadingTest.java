package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Swagger 2 converter and the swagger 1.x models under it load only when a Swagger 2 document is met: a
 * restsh process of its own lists the classes it loads ({@code -verbose:class}) while it reads each kind.
 */
class ConverterLoadingTest {
    private static final String CONVERTER = "io.swagger.v3.parser.converter.SwaggerConverter";

    @TempDir
    Path home;

    private String classesLoadedReading(String path, String resource) throws Exception {
        try (ApiServer server = new ApiServer().document(path, resource)) {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(
                            java,
                            "-verbose:class",
                            "-cp",
                            System.getProperty("java.class.path"),
                            Main.class.getName(),
                            "--base",
                            server.base(),
                            "endpoints")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("out").toFile())
                    .directory(home.toFile());
            for (String variable : new String[] {"HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
                builder.environment().put(variable, home.toString());
            }
            builder.environment().put("RESTSH_HISTORY", "off");
            builder.environment().remove("RESTSH_OPENAPI");
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(home.resolve("out"));
            assertThat(process.exitValue()).as(out).isZero();
            return out;
        }
    }

    @Test
    void theConverterLoadsForSwaggerTwoOnly() throws Exception {
        String openApi = classesLoadedReading("/q/openapi", "ips-3.0.yaml");
        assertThat(openApi).contains("IP registry 1.0").contains("io.swagger.v3.parser.OpenAPIV3Parser");
        assertThat(openApi).doesNotContain(CONVERTER).doesNotContain("io.swagger.models.");
        String swagger = classesLoadedReading("/swagger.yaml", RealWorldDocuments.DOCKER);
        assertThat(swagger).contains("Docker Engine API 1.51").contains(CONVERTER);
    }
}
