package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.List;

import org.wasmpart.core.protection.AddressSpan;

/**
 * Where an address of one bank lands in its column of the memory map. Bytes are drawn to one
 * scale, except that a piece smaller than its minimum height gets that height, so a 96-byte
 * region next to 300 KiB of free space stays visible and labelled: the column is to scale piece
 * by piece, and linear within each piece, so entry bars line up with the memories they cover.
 * High addresses are at the top, as datasheets draw memory maps.
 */
final class MapScale {

    /** One stretch drawn linearly: its span and its height in pixels. */
    private record Piece(AddressSpan span, double height) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final double top;
    private final double pxPerByte;
    private double height;

    /**
     * @param top       y of the column's top (its highest address)
     * @param pxPerByte the scale
     */
    MapScale(double top, double pxPerByte) {
        this.top = top;
        this.pxPerByte = pxPerByte;
    }

    /** Adds the next piece above the ones before it; pieces must follow each other without a gap. */
    MapScale add(AddressSpan span, double minHeight) {
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).span().end() != span.base()) {
            throw new IllegalArgumentException("pieces of a column must touch: " + span.inclusive());
        }
        double h = Math.max(minHeight, span.size() * pxPerByte);
        pieces.add(new Piece(span, h));
        height += h;
        return this;
    }

    double height() {
        return height;
    }

    /** The y of an address, clamped to the column: the bottom for its lowest, the top for one past its highest. */
    double y(long address) {
        double below = 0;
        for (Piece p : pieces) {
            if (address <= p.span().base()) {
                break;
            }
            if (address < p.span().end()) {
                return top + height - below - (double) (address - p.span().base()) / p.span().size() * p.height();
            }
            below += p.height();
        }
        return top + height - below;
    }
}
