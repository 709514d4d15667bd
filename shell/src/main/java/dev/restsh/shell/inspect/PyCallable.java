package dev.restsh.shell.inspect;

import java.util.List;
import java.util.Map;

/** Something an expression can call: a method, a builtin or a lambda. */
public interface PyCallable {
    Object call(List<Object> arguments, Map<String, Object> keywords);
}
