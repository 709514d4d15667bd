package dev.restsh.shell.command;

import dev.restsh.shell.http.ApiClient;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import picocli.CommandLine.Mixin;

/**
 * A one-shot command's start-up work that the main thread would otherwise do alone, done on the second core while
 * it reads the settings and builds the root command: the annotations picocli is about to read (the JDK parses each
 * element's once and caches them, generating a proxy class per annotation type on the way), and the HTTP client's
 * one-time set-up. Nothing here changes what runs; it only runs sooner.
 */
public final class StartupPrefetch {
    private StartupPrefetch() {}

    /** Starts the prefetch for the command named by the arguments, if any. */
    public static void start(String[] args) {
        String name = CommandTree.firstWord(args);
        Thread prefetch = new Thread(() -> run(name), "restsh-prefetch");
        prefetch.setDaemon(true);
        prefetch.start();
    }

    /** In the order the main thread will need them: the models first, the request last. */
    private static void run(String name) {
        // picocli looks for method subcommands on every class of a command's hierarchy, Object's too.
        readAnnotations(Object.class);
        readModel(RootCommand.class);
        if (CommandTree.METHODS.contains(name)) {
            readModel(RequestCommand.class);
        }
        if (CommandTree.sendsRequest(name)) {
            ApiClient.prepare();
        }
    }

    /** A command class and the mixins it holds, as picocli will walk them. */
    private static void readModel(Class<?> command) {
        Deque<Class<?>> classes = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        classes.add(command);
        while (!classes.isEmpty()) {
            Class<?> type = classes.pop();
            if (!seen.add(type)) {
                continue;
            }
            readAnnotations(type);
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Mixin.class)) {
                    classes.add(field.getType());
                }
            }
        }
    }

    private static void readAnnotations(Class<?> type) {
        type.getAnnotations();
        read(type.getDeclaredFields());
        read(type.getDeclaredMethods());
    }

    private static void read(AccessibleObject[] elements) {
        for (AccessibleObject element : elements) {
            element.getDeclaredAnnotations();
        }
    }
}
