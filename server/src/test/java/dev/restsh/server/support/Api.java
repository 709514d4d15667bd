package dev.restsh.server.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests as a client with the server's generated API token. */
public final class Api {
    private Api() {}

    public static Path tokenFile() {
        return Path.of(ConfigProvider.getConfig().getValue("restsh.data-dir", String.class), "api-token");
    }

    public static String token() {
        try {
            return Files.readString(tokenFile()).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RequestSpecification authorized() {
        return given().header("Authorization", "Bearer " + token());
    }

    public static RequestSpecification json(String body) {
        return authorized().contentType("application/json").body(body);
    }
}
