package dev.restsh.shell.inspect;

import java.util.Collection;
import java.util.Optional;

/** The names an expression can read: {@code response}, {@code _}, {@code _N}, variables. */
public interface Scope {
    Optional<Object> lookup(String name);

    /** Names to suggest when a name is unknown. */
    Collection<String> names();
}
