package org.wasmpart.core.generate;

import org.wasmpart.model.Design;
import org.wasmpart.model.WasmModule;

/**
 * The memory map's fills: one colour per module, grey for what is shared, a hatch for waste; the
 * editor's map draws with the same colours.
 */
public final class MapColours {

    /** Colour-blind-friendly and distinct (Tableau 10 without its grey, which marks shared regions). */
    private static final String[] PALETTE = { "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948",
        "#B07AA1", "#FF9DA7", "#9C755F" };

    public static final String SHARED = "#D9D9D9";
    /** The hatch pattern the map defines once, with the one fixed id it has. */
    static final String WASTE = "url(#waste)";
    public static final String WASTE_LINE = "#C0392B";

    private MapColours() {
    }

    /** The module's colour, by its place in the design: the same in its memory, its lane and the legend. */
    static String of(Design design, WasmModule module) {
        return PALETTE[design.getModules().indexOf(module) % PALETTE.length];
    }
}
