package dev.restsh.server.storage;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the one setting {@code restsh.db} into {@code quarkus.datasource."name".active} for every datasource, so
 * exactly the chosen one starts (and is migrated and health-checked).
 *
 * <p>Its ordinal sits above application.properties (250) and below environment variables (300), so an explicit
 * {@code QUARKUS_DATASOURCE_..._ACTIVE} still wins.
 */
public final class DatabaseSelectionConfigSourceFactory implements ConfigSourceFactory {
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue chosen = context.getValue("restsh.db");
        DatabaseKind selected =
                DatabaseKind.parse(chosen == null || chosen.getValue() == null ? "h2" : chosen.getValue());
        Map<String, String> activation = new HashMap<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            activation.put("quarkus.datasource." + kind.datasourceName() + ".active", String.valueOf(kind == selected));
        }
        return List.of(new PropertiesConfigSource(activation, "restsh database selection", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
