package dev.restsh.shell.inspect;

import dev.restsh.shell.render.Sizes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** Python's builtin functions that read values (none has a side effect), and the constructors of the types. */
final class Builtins {
    static final Set<String> TYPES = Set.of("bool", "dict", "float", "int", "list", "set", "str", "tuple");
    static final Set<String> FUNCTIONS = Set.of(
            "abs",
            "all",
            "any",
            "dir",
            "enumerate",
            "filter",
            "help",
            "isinstance",
            "print",
            "len",
            "map",
            "max",
            "min",
            "range",
            "repr",
            "reversed",
            "round",
            "sorted",
            "sum",
            "type",
            "zip");

    private Builtins() {}

    static boolean has(String name) {
        return TYPES.contains(name) || FUNCTIONS.contains(name);
    }

    static Object lookup(String name) {
        if (TYPES.contains(name)) {
            return new PyType(name);
        }
        return new BoundMethod("builtins", name, 0, -1, true, (args, keywords) -> call(name, args, keywords));
    }

    private static Object call(String name, List<Object> args, Map<String, Object> keywords) {
        return switch (name) {
            case "len" -> {
                Inspectable value = Values.of(one(name, args));
                // A range is as long as a 64-bit size allows, as in CPython; everything else fits in memory.
                yield BigInteger.valueOf(value instanceof RangeValue range ? range.size() : value.len());
            }
            case "dir" -> new ArrayList<Object>(Values.dir(one(name, args)));
            case "type" -> new PyType(Values.typeName(one(name, args)));
            case "repr" -> PythonRepr.of(one(name, args));
            case "help" -> Help.of(one(name, args));
            case "print" -> print(args, keywords);
            case "abs" -> abs(one(name, args));
            case "any", "all" -> anyAll(name, one(name, args));
            case "sorted" -> {
                if (args.size() != 1) {
                    throw new ExpressionException("TypeError: sorted expected 1 argument, got " + args.size(), -1);
                }
                yield sorted(args.get(0), keywords.get("key"), Values.truthy(keywords.get("reverse")));
            }
            case "reversed" -> reversed(one(name, args));
            case "sum" -> sum(args);
            case "min", "max" -> extreme(name, args, keywords);
            case "round" -> round(args);
            case "range" -> range(args);
            case "enumerate" -> enumerate(args, keywords);
            case "zip" -> zip(args);
            case "map" -> map(args);
            case "filter" -> filter(args);
            default -> isinstance(args);
        };
    }

    private static Object one(String name, List<Object> args) {
        if (args.size() != 1) {
            throw new ExpressionException(
                    "TypeError: " + name + "() takes exactly one argument (" + args.size() + " given)", -1);
        }
        return args.get(0);
    }

    /** {@code str(x)}: a string as it is, a timedelta as {@code 0:00:00.012345}, everything else its repr. */
    static String str(Object value) {
        Object plain = Values.plain(value);
        if (plain instanceof String text) {
            return text;
        }
        if (plain instanceof Duration duration) {
            return Sizes.timedelta(duration);
        }
        return PythonRepr.of(plain);
    }

    static Object construct(String type, List<Object> args, Map<String, Object> keywords) {
        if (!TYPES.contains(type)) {
            throw new ExpressionException("TypeError: cannot create '" + type + "' instances", -1);
        }
        if (args.size() > (type.equals("int") ? 2 : 1) || !keywords.isEmpty() && !type.equals("dict")) {
            throw new ExpressionException("TypeError: " + type + "() takes at most 1 argument", -1);
        }
        Object argument = args.isEmpty() ? null : args.get(0);
        return switch (type) {
            case "str" -> args.isEmpty() ? "" : str(argument);
            case "bool" -> !args.isEmpty() && Values.truthy(argument);
            case "int" -> args.isEmpty() ? BigInteger.ZERO : integer(argument, args.size() > 1 ? args.get(1) : null);
            case "float" -> args.isEmpty() ? 0.0 : real(argument);
            case "list" -> args.isEmpty() ? new ArrayList<>() : Values.list(argument);
            case "tuple" -> new Tuple(args.isEmpty() ? List.of() : Values.list(argument));
            case "set" -> {
                SetValue set = new SetValue();
                if (!args.isEmpty()) {
                    Values.list(argument).forEach(set::add);
                }
                yield set;
            }
            default -> dict(argument, keywords);
        };
    }

    private static PyDict dict(Object source, Map<String, Object> keywords) {
        PyDict dict = new PyDict();
        Inspectable value = source == null ? null : Values.of(source);
        if (value instanceof MappingValue || value instanceof HeadersObject) {
            // A mapping gives its keys and their values, as Python's dict() asks for keys() and [key].
            for (Iterator<Object> keys = value.iterator(); keys.hasNext(); ) {
                Object key = keys.next();
                dict.put(key, value.getItem(key));
            }
        } else if (source != null) {
            int index = 0;
            for (Object pair : Values.list(source)) {
                List<Object> items;
                try {
                    items = Values.list(pair);
                } catch (ExpressionException e) {
                    throw new ExpressionException(
                            "TypeError: cannot convert dictionary update sequence element #" + index + " to a sequence",
                            -1);
                }
                if (items.size() != 2) {
                    throw new ExpressionException(
                            "ValueError: dictionary update sequence element #" + index + " has length " + items.size()
                                    + "; 2 is required",
                            -1);
                }
                dict.put(items.get(0), items.get(1));
                index++;
            }
        }
        keywords.forEach(dict::put);
        return dict;
    }

    private static BigInteger integer(Object value, Object base) {
        Object plain = Values.plain(value);
        if (plain instanceof String text) {
            int radix = base == null ? 10 : Numbers.integer(Values.plain(base)).intValue();
            String digits = text.strip().replace("_", "");
            try {
                return new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits, radix);
            } catch (NumberFormatException e) {
                throw new ExpressionException(
                        "ValueError: invalid literal for int() with base " + radix + ": " + PythonRepr.string(text),
                        -1);
            }
        }
        if (plain instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new ExpressionException(
                        "ValueError: cannot convert float " + PythonRepr.number(d) + " to integer", -1);
            }
            return new BigDecimal(d).toBigInteger();
        }
        if (Numbers.isInteger(plain)) {
            return Numbers.integer(plain);
        }
        throw new ExpressionException(
                "TypeError: int() argument must be a string, a bytes-like object or a real number, not '"
                        + Values.typeName(value) + "'",
                -1);
    }

    private static Double real(Object value) {
        Object plain = Values.plain(value);
        if (plain instanceof String text) {
            String clean = text.strip().toLowerCase().replace("_", "");
            switch (clean) {
                case "inf", "+inf", "infinity", "+infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-inf", "-infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                case "nan", "+nan", "-nan" -> {
                    return Double.NaN;
                }
                default -> {}
            }
            try {
                if (clean.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
                    return Double.parseDouble(clean);
                }
            } catch (NumberFormatException e) {
                // falls through to Python's message
            }
            throw new ExpressionException(
                    "ValueError: could not convert string to float: " + PythonRepr.string(text), -1);
        }
        if (Numbers.isNumber(plain)) {
            return Numbers.real(plain);
        }
        throw new ExpressionException(
                "TypeError: float() argument must be a string or a real number, not '" + Values.typeName(value) + "'",
                -1);
    }

    /**
     * {@code print(*values, sep=' ', end='\n')}: nothing is written while the expression runs (it has no side
     * effects); the text is the value, which the line then shows.
     */
    private static Help.HelpText print(List<Object> args, Map<String, Object> keywords) {
        Object separator = keywords.containsKey("sep") ? Values.plain(keywords.get("sep")) : " ";
        Object end = keywords.containsKey("end") ? Values.plain(keywords.get("end")) : "\n";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            text.append(i > 0 ? separator == null ? " " : Strings.text(separator, "print") : "")
                    .append(str(args.get(i)));
        }
        String ending = end == null ? "\n" : Strings.text(end, "print");
        text.append(ending.endsWith("\n") ? ending.substring(0, ending.length() - 1) : ending);
        Budget.current().items(text.length());
        return new Help.HelpText(text.toString());
    }

    private static Object abs(Object value) {
        Object plain = Values.plain(value);
        if (plain instanceof Double d) {
            return Math.abs(d);
        }
        if (Numbers.isInteger(plain)) {
            return Numbers.integer(plain).abs();
        }
        throw new ExpressionException("TypeError: bad operand type for abs(): '" + Values.typeName(value) + "'", -1);
    }

    private static boolean anyAll(String name, Object iterable) {
        boolean any = name.equals("any");
        for (Iterator<Object> it = Values.iterator(iterable); it.hasNext(); ) {
            Budget.current().step();
            if (Values.truthy(it.next()) == any) {
                return any;
            }
        }
        return !any;
    }

    private static Object key(Object function, Object item) {
        return function == null || Values.plain(function) == null
                ? item
                : callable(function).call(List.of(item), Map.of());
    }

    static PyCallable callable(Object value) {
        if (Values.plain(value) instanceof PyCallable callable) {
            return callable;
        }
        throw new ExpressionException("TypeError: '" + Values.typeName(value) + "' object is not callable", -1);
    }

    private static List<Object> sorted(Object iterable, Object key, boolean reverse) {
        List<Object> items = Values.list(iterable);
        List<Object[]> keyed = new ArrayList<>(items.size());
        for (Object item : items) {
            keyed.add(new Object[] {key(key, item), item});
        }
        Comparator<Object[]> order = (a, b) -> Values.compare(a[0], b[0], "<");
        keyed.sort(reverse ? order.reversed() : order);
        List<Object> out = new ArrayList<>(keyed.size());
        keyed.forEach(pair -> out.add(pair[1]));
        return out;
    }

    private static Object reversed(Object sequence) {
        Inspectable value = Values.of(sequence);
        if (value instanceof MappingValue || value instanceof SetValue || value instanceof IteratorValue) {
            throw new ExpressionException("TypeError: '" + value.typeName() + "' object is not reversible", -1);
        }
        List<Object> items = Values.list(sequence);
        Collections.reverse(items);
        return new IteratorValue(value.typeName() + "_reverseiterator", items.iterator());
    }

    private static Object sum(List<Object> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new ExpressionException("TypeError: sum() takes 1 or 2 arguments (" + args.size() + " given)", -1);
        }
        Object total = args.size() > 1 ? args.get(1) : BigInteger.ZERO;
        if (Values.plain(total) instanceof String) {
            throw new ExpressionException("TypeError: sum() can't sum strings [use ''.join(seq) instead]", -1);
        }
        for (Iterator<Object> it = Values.iterator(args.get(0)); it.hasNext(); ) {
            Budget.current().step();
            total = Operators.binary("+", total, it.next());
        }
        return total;
    }

    private static Object extreme(String name, List<Object> args, Map<String, Object> keywords) {
        if (args.isEmpty()) {
            throw new ExpressionException("TypeError: " + name + " expected at least 1 argument, got 0", -1);
        }
        List<Object> items = args.size() == 1 ? Values.list(args.get(0)) : args;
        if (items.isEmpty()) {
            if (keywords.containsKey("default")) {
                return keywords.get("default");
            }
            throw new ExpressionException("ValueError: " + name + "() arg is an empty sequence", -1);
        }
        Object key = keywords.get("key");
        Object best = items.get(0);
        Object bestKey = key(key, best);
        for (Object item : items.subList(1, items.size())) {
            Object itemKey = key(key, item);
            int order = Values.compare(itemKey, bestKey, name.equals("max") ? ">" : "<");
            if (name.equals("max") ? order > 0 : order < 0) {
                best = item;
                bestKey = itemKey;
            }
        }
        return best;
    }

    private static Object round(List<Object> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new ExpressionException("TypeError: round() takes 1 or 2 arguments", -1);
        }
        Object plain = Values.plain(args.get(0));
        Object digits = args.size() > 1 ? Values.plain(args.get(1)) : null;
        if (!Numbers.isNumber(plain)) {
            throw new ExpressionException(
                    "TypeError: type " + Values.typeName(plain) + " doesn't define __round__ method", -1);
        }
        if (plain instanceof Double d && (d.isNaN() || d.isInfinite())) {
            if (digits == null) {
                throw new ExpressionException("OverflowError: cannot convert float infinity to integer", -1);
            }
            return d;
        }
        BigDecimal exact = plain instanceof Double d ? new BigDecimal(d) : new BigDecimal(Numbers.integer(plain));
        if (digits == null) {
            return exact.setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        }
        int places = Numbers.integer(digits).intValue();
        BigDecimal rounded = exact.setScale(places, RoundingMode.HALF_EVEN);
        return plain instanceof Double
                ? (Object) rounded.doubleValue()
                : rounded.setScale(0, RoundingMode.UNNECESSARY).toBigInteger();
    }

    private static RangeValue range(List<Object> args) {
        if (args.isEmpty() || args.size() > 3) {
            throw new ExpressionException("TypeError: range expected at least 1 argument, got " + args.size(), -1);
        }
        long[] bounds = new long[args.size()];
        for (int i = 0; i < bounds.length; i++) {
            Object plain = Values.plain(args.get(i));
            if (!Numbers.isInteger(plain)) {
                throw new ExpressionException(
                        "TypeError: '" + Values.typeName(plain) + "' object cannot be interpreted as an integer", -1);
            }
            BigInteger value = Numbers.integer(plain);
            if (value.bitLength() > 62) {
                throw new ExpressionException("OverflowError: restsh's range is bounded by 2**62", -1);
            }
            bounds[i] = value.longValue();
        }
        if (bounds.length == 1) {
            return new RangeValue(0, bounds[0], 1);
        }
        long step = bounds.length == 3 ? bounds[2] : 1;
        if (step == 0) {
            throw new ExpressionException("ValueError: range() arg 3 must not be zero", -1);
        }
        return new RangeValue(bounds[0], bounds[1], step);
    }

    private static Object enumerate(List<Object> args, Map<String, Object> keywords) {
        if (args.isEmpty() || args.size() > 2) {
            throw new ExpressionException("TypeError: enumerate() takes 1 or 2 arguments", -1);
        }
        Iterator<Object> items = Values.iterator(args.get(0));
        Object start = args.size() > 1 ? args.get(1) : keywords.getOrDefault("start", BigInteger.ZERO);
        BigInteger[] index = {Numbers.integer(Values.plain(start))};
        return new IteratorValue("enumerate", new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Object next() {
                Object item = items.next();
                Object pair = new Tuple(java.util.Arrays.asList(index[0], item));
                index[0] = index[0].add(BigInteger.ONE);
                return pair;
            }
        });
    }

    private static Object zip(List<Object> args) {
        List<Iterator<Object>> iterators = new ArrayList<>();
        args.forEach(arg -> iterators.add(Values.iterator(arg)));
        return new IteratorValue("zip", new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !iterators.isEmpty() && iterators.stream().allMatch(Iterator::hasNext);
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Object> items = new ArrayList<>();
                iterators.forEach(it -> items.add(it.next()));
                return new Tuple(items);
            }
        });
    }

    private static Object map(List<Object> args) {
        if (args.size() < 2) {
            throw new ExpressionException("TypeError: map() must have at least two arguments.", -1);
        }
        PyCallable function = callable(args.get(0));
        Iterator<Object> tuples = Values.iterator(zip(args.subList(1, args.size())));
        return new IteratorValue("map", new Iterator<>() {
            @Override
            public boolean hasNext() {
                return tuples.hasNext();
            }

            @Override
            public Object next() {
                return function.call(((Tuple) tuples.next()).items(), Map.of());
            }
        });
    }

    private static Object filter(List<Object> args) {
        if (args.size() != 2) {
            throw new ExpressionException("TypeError: filter expected 2 arguments, got " + args.size(), -1);
        }
        Object function = args.get(0);
        Iterator<Object> items = Values.iterator(args.get(1));
        return new IteratorValue("filter", new Iterator<>() {
            private Object next;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && items.hasNext()) {
                    Budget.current().step();
                    Object item = items.next();
                    if (Values.truthy(key(function, item))) {
                        next = item;
                        ready = true;
                    }
                }
                return ready;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        });
    }

    private static boolean isinstance(List<Object> args) {
        if (args.size() != 2) {
            throw new ExpressionException("TypeError: isinstance expected 2 arguments, got " + args.size(), -1);
        }
        Object types = Values.plain(args.get(1));
        if (types instanceof Tuple tuple) {
            return tuple.items().stream().anyMatch(type -> isinstance(java.util.Arrays.asList(args.get(0), type)));
        }
        if (!(types instanceof PyType type)) {
            throw new ExpressionException(
                    "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union", -1);
        }
        return type.isInstance(args.get(0));
    }
}
