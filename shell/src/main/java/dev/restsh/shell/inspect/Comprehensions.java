package dev.restsh.shell.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * List, set, dict and generator comprehensions: the {@code for} clauses walked lazily, left to right, in a scope
 * of their own (the names they bind do not leak, as in Python 3).
 */
final class Comprehensions {
    private Comprehensions() {}

    static Object evaluate(Node.Comprehension comprehension, Scope outer) {
        Map<String, Object> names = new HashMap<>();
        Evaluator inner = new Evaluator(new LocalScope(names, outer));
        // The first iterable is evaluated at once in the enclosing scope, as Python does.
        Iterator<Object> first = Values.iterator(
                new Evaluator(outer).evaluate(comprehension.clauses().get(0).iterable()));
        Walk walk = new Walk(comprehension.clauses(), first, names, inner);
        switch (comprehension.kind()) {
            case "generator" -> {
                return new IteratorValue("generator", new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return walk.advance();
                    }

                    @Override
                    public Object next() {
                        if (!walk.advance()) {
                            throw new NoSuchElementException();
                        }
                        walk.taken();
                        return inner.evaluate(comprehension.element());
                    }
                });
            }
            case "dict" -> {
                PyDict dict = new PyDict();
                while (walk.advance()) {
                    walk.taken();
                    Object key = inner.evaluate(comprehension.key());
                    dict.put(key, inner.evaluate(comprehension.element()));
                }
                return dict;
            }
            case "set" -> {
                SetValue set = new SetValue();
                while (walk.advance()) {
                    walk.taken();
                    set.add(inner.evaluate(comprehension.element()));
                }
                return set;
            }
            default -> {
                List<Object> list = new ArrayList<>();
                while (walk.advance()) {
                    walk.taken();
                    Budget.current().items(1);
                    list.add(inner.evaluate(comprehension.element()));
                }
                return list;
            }
        }
    }

    /** The nested loops of the clauses, stepped one binding at a time. */
    private static final class Walk {
        private final List<Node.Clause> clauses;
        private final Iterator<Object>[] loops;
        private final Map<String, Object> names;
        private final Evaluator inner;
        private int level;
        private boolean ready;

        @SuppressWarnings("unchecked")
        Walk(List<Node.Clause> clauses, Iterator<Object> first, Map<String, Object> names, Evaluator inner) {
            this.clauses = clauses;
            this.loops = new Iterator[clauses.size()];
            this.loops[0] = first;
            this.names = names;
            this.inner = inner;
        }

        /** Moves to the next binding of every clause's names that passes the conditions; false at the end. */
        boolean advance() {
            while (!ready) {
                if (loops[level] == null) {
                    loops[level] =
                            Values.iterator(inner.evaluate(clauses.get(level).iterable()));
                }
                if (!loops[level].hasNext()) {
                    if (level == 0) {
                        return false;
                    }
                    loops[level--] = null;
                    continue;
                }
                Budget.current().step();
                Node.Clause clause = clauses.get(level);
                bind(clause.targets(), loops[level].next());
                if (!passes(clause)) {
                    continue;
                }
                if (level == clauses.size() - 1) {
                    ready = true;
                } else {
                    level++;
                }
            }
            return true;
        }

        void taken() {
            ready = false;
        }

        private boolean passes(Node.Clause clause) {
            for (Node condition : clause.conditions()) {
                if (!Values.truthy(inner.evaluate(condition))) {
                    return false;
                }
            }
            return true;
        }

        private void bind(List<String> targets, Object item) {
            if (targets.size() == 1) {
                names.put(targets.get(0), item);
                return;
            }
            List<Object> items = Values.list(item);
            if (items.size() != targets.size()) {
                throw new ExpressionException(
                        items.size() > targets.size()
                                ? "ValueError: too many values to unpack (expected " + targets.size() + ")"
                                : "ValueError: not enough values to unpack (expected " + targets.size() + ", got "
                                        + items.size() + ")",
                        -1);
            }
            for (int i = 0; i < targets.size(); i++) {
                names.put(targets.get(i), items.get(i));
            }
        }
    }
}
