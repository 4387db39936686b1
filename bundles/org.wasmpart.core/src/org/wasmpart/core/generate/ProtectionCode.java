package org.wasmpart.core.generate;

import java.util.List;
import java.util.Optional;

import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.ProtectionKind;

/**
 * The C of one family of protection units: what one entry's raw registers look like in a table,
 * and the code that programs a module's entries. The tables are plain data and compile anywhere;
 * the code that touches the hardware compiles only for its architecture.
 */
sealed interface ProtectionCode permits PmsaV7Code, PmsaV8Code, PmpCode, MmuCode {

    static Optional<ProtectionCode> of(ProtectionKind kind) {
        return switch (kind) {
            case PMSA_V7 -> Optional.of(new PmsaV7Code());
            case PMSA_V8 -> Optional.of(new PmsaV8Code());
            case PMP -> Optional.of(new PmpCode());
            case MMU -> Optional.of(new MmuCode());
            case NONE -> Optional.empty();
        };
    }

    /** The unit family, for comments. */
    String title();

    /** The fields of wasmpart_entry_t, one declaration with its comment per line. */
    List<String> fields();

    /** The entry as an initializer of wasmpart_entry_t: its raw register values, in field order. */
    String initializer(HardwareEntry entry);

    /** Header text after the tables' declarations: register values and the programming function. */
    String declarations(UnitParameters unit);

    /** Source text after the tables: the programming function, for its architecture only. */
    String definitions(UnitParameters unit);
}
