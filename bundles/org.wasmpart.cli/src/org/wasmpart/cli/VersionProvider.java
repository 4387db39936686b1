package org.wasmpart.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar's manifest by the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Wasmpart.class.getPackage().getImplementationVersion();
        return new String[] { "wasmpart " + (version == null ? "(development build)" : version) };
    }
}
