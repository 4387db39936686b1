package org.wasmpart.core.generate;

/**
 * What {@link OutputFolder#write} did with one generated file.
 *
 * @param path    as in {@link GeneratedFile#path()}
 * @param outcome written, already up to date, or left alone to keep someone's edit
 */
public record WrittenFile(String path, Outcome outcome) {

    public enum Outcome {
        WRITTEN("written"),
        UNCHANGED("unchanged"),
        /** The file's hash is no longer the one recorded when it was generated. */
        EDITED_BY_HAND("not written: edited by hand since generate wrote it"),
        /** The file exists but the folder's index does not name it: someone else's file. */
        NOT_GENERATED("not written: it exists and generate did not write it");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        /** For the user; the callers add how their own force option overrides a refusal. */
        public String description() {
            return description;
        }

        /** The file was left as it was, although the generated content differs. */
        public boolean refused() {
            return this == EDITED_BY_HAND || this == NOT_GENERATED;
        }
    }
}
