package org.wasmpart.core.generate;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON. The core has no JSON
 * library (see docs/GENERATED.md), and this is all the manifest needs: every string is escaped,
 * everything outside printable ASCII included, so the file is plain ASCII whatever the design
 * holds; maps keep their insertion order, so the output is byte-for-byte reproducible.
 */
final class JsonText {

    private JsonText() {
    }

    static String of(Object value) {
        StringBuilder s = new StringBuilder();
        write(s, value, "");
        return s.append('\n').toString();
    }

    private static void write(StringBuilder s, Object value, String indent) {
        switch (value) {
            case String text -> string(s, text);
            case Boolean b -> s.append(b);
            case Integer n -> s.append(n);
            case Long n -> s.append(n);
            case Map<?, ?> map -> object(s, map, indent);
            case List<?> list -> array(s, list, indent);
            case null -> s.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder s, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            s.append("{}");
            return;
        }
        String inner = indent + "  ";
        s.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            s.append(inner);
            string(s, (String) e.getKey());
            s.append(": ");
            write(s, e.getValue(), inner);
            s.append(++i < map.size() ? ",\n" : "\n");
        }
        s.append(indent).append('}');
    }

    private static void array(StringBuilder s, List<?> list, String indent) {
        if (list.isEmpty()) {
            s.append("[]");
            return;
        }
        String inner = indent + "  ";
        s.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            s.append(inner);
            write(s, list.get(i), inner);
            s.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        s.append(indent).append(']');
    }

    private static void string(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
