package org.wasmpart.core.validation;

/**
 * Leading numeric parts of a version string: "19.1.7" is 19, 1; "25" is 25, 0; "1.84.0" is 1, 84.
 * A version without a leading number is unknown (major -1), and so is one whose numbers do not fit
 * an int: design text must not make validation or generation fail.
 */
public record ToolchainVersion(int major, int minor) {

    private static final ToolchainVersion UNKNOWN = new ToolchainVersion(-1, -1);

    public static ToolchainVersion parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String[] parts = text.strip().split("[^0-9]+");
        if (parts.length == 0 || parts[0].isEmpty() || parts[0].length() > 9
                || parts.length > 1 && parts[1].length() > 9) {
            return UNKNOWN;
        }
        int minor = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 0;
        return new ToolchainVersion(Integer.parseInt(parts[0]), minor);
    }

    public boolean known() {
        return major >= 0;
    }

    public boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }
}
