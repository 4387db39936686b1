package org.wasmpart.ui.internal.widgets;

import org.eclipse.swt.graphics.Rectangle;
import org.wasmpart.core.generate.MapModel;

/**
 * A memory the memory map drew: a module's private memory or a shared region.
 *
 * @param kind   {@link MapModel.Kind#MODULE} or {@link MapModel.Kind#REGION}
 * @param id     the module's or region's id
 * @param bank   the id of the bank it is drawn in
 * @param bounds where, in the map's content coordinates (unscrolled), at the zoom it was drawn
 */
public record DrawnRegion(MapModel.Kind kind, String id, String name, String bank, Rectangle bounds) {
}
