package org.wasmpart.core;

import java.util.Set;
import java.util.regex.Pattern;

/** Names reach generated C as identifiers: what a valid one is, and the closest valid one to a name. */
public final class CNames {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("auto", "break", "case", "char", "const", "continue", "default",
            "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
            "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
            "unsigned", "void", "volatile", "while", "_Bool", "_Complex", "_Imaginary", "bool", "true", "false");

    private CNames() {
    }

    public static boolean isIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name);
    }

    /** A valid C identifier close to the name: invalid characters become underscores. */
    public static String toIdentifier(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || KEYWORDS.contains(s)) {
            s = "_" + s;
        }
        return s;
    }
}
