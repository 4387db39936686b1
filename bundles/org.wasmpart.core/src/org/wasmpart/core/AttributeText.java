package org.wasmpart.core;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.model.WasmpartPackage;
import org.wasmpart.model.util.Quantities;

/**
 * An attribute's value as a person types it into a table cell or a property: sizes as
 * {@code 4K}, {@code 0x1000} or {@code 64 KiB}, addresses in hex, enumerations by literal in any
 * case, whole numbers. Parsing either yields a value the attribute accepts or fails with a message
 * fit to show beside the field, so editors never store a half-understood value.
 */
public final class AttributeText {

    private AttributeText() {
    }

    /**
     * The text an editor shows for the value: as the file writes it (the model's factory writes
     * sizes and addresses through {@link Quantities}).
     */
    public static String format(EAttribute attribute, Object value) {
        return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /**
     * @return the value, or null for a blank text on an unsettable attribute: the user cleared it
     *         (a region's base, which the layout then chooses)
     * @throws IllegalArgumentException saying what is wrong and what is expected, when the text is
     *         no value of the attribute's type
     */
    public static Object parse(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        String what = attribute.getName();
        if (text.isBlank() && attribute.isUnsettable()) {
            return null;
        }
        if (type == WasmpartPackage.Literals.BYTE_SIZE) {
            return Quantities.parseSize(text);
        }
        if (type == WasmpartPackage.Literals.ADDRESS) {
            return Quantities.parseAddress(text);
        }
        if (type instanceof EEnum e) {
            return enumerator(e, what, text.strip());
        }
        Class<?> c = type.getInstanceClass();
        if (c == int.class || c == Integer.class) {
            return wholeNumber(what, text.strip());
        }
        if (c == boolean.class || c == Boolean.class) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(what + " '" + text.strip() + "' is neither true nor false");
            };
        }
        if (c == String.class) {
            return text;
        }
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + " '" + text.strip() + "' is not a " + type.getName(), e);
        }
    }

    private static Object enumerator(EEnum type, String what, String text) {
        for (EEnumLiteral literal : type.getELiterals()) {
            if (literal.getLiteral().equalsIgnoreCase(text) || literal.getName().equalsIgnoreCase(text)) {
                return literal.getInstance();
            }
        }
        throw new IllegalArgumentException(what + " '" + text + "' is not one of "
                + type.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")));
    }

    private static int wholeNumber(String what, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new IllegalArgumentException(what + " '" + text + "' is negative: a count cannot be");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a whole number", e);
        }
    }
}
