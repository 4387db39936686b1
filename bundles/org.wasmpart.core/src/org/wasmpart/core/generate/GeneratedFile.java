package org.wasmpart.core.generate;

/**
 * One file generation produces.
 *
 * @param path    relative to the output folder, '/'-separated (see docs/GENERATED.md)
 * @param content the exact bytes to write: the same design always gives the same bytes
 */
public record GeneratedFile(String path, byte[] content) {
}
