package dev.restsh.server.support;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Test only: {@code restsh.test.send-buffer} fixes the server sockets' send buffer (Linux otherwise lets it grow to
 * megabytes), so a test can fill a client's connection with a few dozen messages. Unset, it changes nothing.
 */
@Singleton
public class SmallSendBuffer implements HttpServerOptionsCustomizer {
    @ConfigProperty(name = "restsh.test.send-buffer")
    Optional<Integer> sendBuffer;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        sendBuffer.ifPresent(options::setSendBufferSize);
    }
}
