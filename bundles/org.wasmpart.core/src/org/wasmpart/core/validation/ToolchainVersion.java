package org.wasmpart.core.validation;

/** Leading numeric parts of a version string: "19.1.7" is 19, 1; "25" is 25, 0; "1.84.0" is 1, 84. */
record ToolchainVersion(int major, int minor) {

    static ToolchainVersion parse(String text) {
        if (text == null) {
            return new ToolchainVersion(-1, -1);
        }
        String[] parts = text.strip().split("[^0-9]+");
        int major = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) : -1;
        int minor = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 0;
        return new ToolchainVersion(major, minor);
    }

    boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }
}
