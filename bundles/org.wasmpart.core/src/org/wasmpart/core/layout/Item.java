package org.wasmpart.core.layout;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One memory the layout places: a module's private memory or a shared region.
 *
 * @param index     its position in the problem's item list
 * @param original  the module or region in the user's design
 * @param copy      the same object in the layout's private copy, which evaluation writes to
 * @param asked     the bytes it asks for
 * @param resizable whether the layout may round its size up
 * @param allowed   the stretches it may go into (those of its own bank, or of every RAM bank)
 */
record Item(int index, EObject original, EObject copy, long asked, boolean resizable, List<Stretch> allowed) {

    /** Its size once rounded up to a multiple of {@code multiple} (when it may be rounded). */
    long sizeFor(long multiple) {
        return resizable ? Math.ceilDiv(asked, multiple) * multiple : asked;
    }
}
