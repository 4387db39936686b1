package org.wasmpart.ui.internal.widgets;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/**
 * A hardware entry of the selected module that the memory map overlaid.
 *
 * @param index the entry's number in the protection unit
 * @param bars  what it matches in the drawn banks, one bar per stretch in its lane (content
 *              coordinates); none for an entry that matches nothing there (a PMP entry that only
 *              gives the next TOR entry its bottom, or one over memory outside the drawn banks)
 */
public record DrawnEntry(String module, int index, List<Rectangle> bars) {
}
