package dev.restsh.shell.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.XdgDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads the named environments: {@code .restsh/environments.toml} in the working folder or the nearest
 * ancestor that has one (found as git finds {@code .git}, so a project can commit it), and {@code
 * environments.toml} in the config folder (personal ones). An environment in both is merged, the personal file's
 * keys winning (a shared environment with personal secrets).
 */
public final class EnvironmentFiles {
    static final String PROJECT_FILE = ".restsh/environments.toml";
    static final String PERSONAL_FILE = "environments.toml";

    private EnvironmentFiles() {}

    /** The environments by name, in file order (project first). */
    public static Map<String, Environment> load(Path workingDirectory, Map<String, String> env) {
        Map<String, Environment> all = new LinkedHashMap<>();
        for (Path file : files(workingDirectory, env)) {
            read(file).forEach((name, table) -> all.merge(name, table, Environment::over));
        }
        return all;
    }

    /** The files that exist, project first. */
    static List<Path> files(Path workingDirectory, Map<String, String> env) {
        List<Path> files = new ArrayList<>();
        for (Path folder = workingDirectory.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path project = folder.resolve(PROJECT_FILE);
            if (Files.isRegularFile(project)) {
                files.add(project);
                break;
            }
        }
        Path personal = XdgDirs.from(env).config().resolve(PERSONAL_FILE);
        if (Files.isRegularFile(personal)) {
            files.add(personal);
        }
        return files;
    }

    private static Map<String, Environment> read(Path file) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw RestshException.usage(file + ": " + firstLine(ErrorText.of(e)));
        }
        Map<String, Environment> environments = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> tables = root.fields();
        while (tables.hasNext()) {
            Map.Entry<String, JsonNode> table = tables.next();
            if (!(table.getValue() instanceof ObjectNode values)) {
                throw RestshException.usage(file + ": '" + table.getKey()
                        + "' is not an environment: put its settings under [" + table.getKey() + "]");
            }
            environments.put(table.getKey(), Environment.of(table.getKey(), file, values));
        }
        return environments;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
