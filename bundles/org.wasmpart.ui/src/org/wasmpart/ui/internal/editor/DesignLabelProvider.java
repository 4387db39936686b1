package org.wasmpart.ui.internal.editor;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import org.eclipse.jface.viewers.LabelProvider;
import org.wasmpart.model.Board;
import org.wasmpart.model.Core;
import org.wasmpart.model.Grant;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/** One-line labels with the facts a developer looks for first (addresses, sizes, permissions). */
final class DesignLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        return switch (element) {
            case DesignContentProvider.Group g -> g.label() + " (" + g.children().size() + ")";
            case Board b -> "Board " + label(b) + (b.getPart() == null ? "" : " — " + b.getPart());
            case Core c -> "Core " + label(c) + " (" + c.getArchitecture().getLiteral() + ")";
            case ProtectionUnit pu -> label(pu) + ": " + pu.getKind().getLiteral()
                    + (pu.getEntryCount() > 0 ? ", " + pu.getEntryCount() + " entries" : "");
            case MemoryBank m -> "Bank " + label(m) + " " + formatAddress(m.getBase()) + ", " + formatSize(m.getSize());
            case WasmModule m -> label(m) + " (linear memory " + formatSize(m.getLinearMemory()) + ")";
            case Grant g -> label(g.getTarget()) + ": " + g.getPermission().getLiteral()
                    + " (" + g.getRole().getLiteral() + ")";
            case SharedRegion r -> label(r) + ", " + formatSize(r.getSize())
                    + (r.isSetBase() ? " at " + formatAddress(r.getBase()) : "");
            case Subpartition s -> label(s) + ", " + formatSize(s.getSize()) + " at +" + formatSize(s.getOffset());
            default -> String.valueOf(element);
        };
    }
}
