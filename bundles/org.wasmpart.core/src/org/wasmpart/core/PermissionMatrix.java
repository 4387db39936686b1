package org.wasmpart.core;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.List;

import org.wasmpart.model.Design;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/** Modules × regions and subpartitions, each cell the module's permission. */
public final class PermissionMatrix {

    private PermissionMatrix() {
    }

    /** The columns of the matrix: every region followed by its subpartitions. */
    public static List<Shareable> columns(Design design) {
        List<Shareable> columns = new ArrayList<>();
        for (SharedRegion r : design.getRegions()) {
            columns.add(r);
            columns.addAll(r.getSubpartitions());
        }
        return columns;
    }

    /** The permission text of one cell: R, RW, RX, RWX or "-" for none. */
    public static String cell(WasmModule module, Shareable target) {
        return Designs.grant(module, target).map(g -> g.getPermission().getLiteral()).orElse("-");
    }

    public static TextTable of(Design design) {
        List<Shareable> columns = columns(design);
        String[] header = new String[columns.size() + 1];
        header[0] = "";
        for (int i = 0; i < columns.size(); i++) {
            Shareable s = columns.get(i);
            header[i + 1] = columnLabel(s);
        }
        TextTable table = new TextTable(header);
        for (WasmModule m : design.getModules()) {
            Object[] row = new Object[columns.size() + 1];
            row[0] = label(m);
            for (int i = 0; i < columns.size(); i++) {
                row[i + 1] = cell(m, columns.get(i));
            }
            table.row(row);
        }
        return table;
    }

    /** A region by its name, a subpartition as region.subpartition, as the matrix heads them. */
    public static String columnLabel(Shareable s) {
        return s instanceof SharedRegion ? label(s) : label((SharedRegion) s.eContainer()) + "." + label(s);
    }
}
