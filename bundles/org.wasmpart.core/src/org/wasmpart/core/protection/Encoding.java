package org.wasmpart.core.protection;

import java.util.List;

/** The outcome of encoding one domain's access set for one protection unit. */
public sealed interface Encoding {

    /**
     * The entries that give exactly the access set.
     *
     * @param entries   in index order
     * @param available entries the domain could use
     */
    record Encoded(List<HardwareEntry> entries, int available) implements Encoding {
        public Encoded {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The access set cannot be given exactly.
     *
     * @param reason    which rule stops it
     * @param range     the range at fault, or null when the whole set is
     * @param needed    entries an exact encoding needs (0 when no count applies)
     * @param available entries the domain could use
     * @param message   what is wrong and what would fix it, for the user
     */
    record Infeasible(EncodingFailure reason, AccessRange range, int needed, int available, String message)
            implements Encoding {
    }
}
