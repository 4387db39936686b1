package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage.Literals;
import org.wasmpart.ui.internal.editor.StructuralEdits;

/** Which edits make the outline walk the design's tree again: those that may add, remove or move objects. */
class StructuralEditsTest {

    private final Design design = WasmpartFactory.eINSTANCE.createDesign();
    private final SharedRegion region = WasmpartFactory.eINSTANCE.createSharedRegion();

    @Test
    void settingValuesOrReferencesKeepsTheStructure() {
        assertFalse(StructuralEdits.changesStructure(new SetCommand(null, region, Literals.SHAREABLE__SIZE, 512L)));
        assertFalse(StructuralEdits.changesStructure(new SetCommand(null, region, Literals.SHARED_REGION__BANK, null)));
        assertFalse(StructuralEdits.changesStructure(new CompoundCommand(List.of(
                new SetCommand(null, region, Literals.IDENTIFIED__NAME, "a"),
                new SetCommand(null, region, Literals.SHAREABLE__SIZE, 64L)))));
    }

    @Test
    void addingRemovingOrReplacingContainedObjectsChangesIt() {
        assertTrue(StructuralEdits.changesStructure(new AddCommand(null, design, Literals.DESIGN__REGIONS, region)));
        assertTrue(StructuralEdits.changesStructure(new RemoveCommand(null, design, Literals.DESIGN__REGIONS, region)));
        assertTrue(StructuralEdits.changesStructure(
                new SetCommand(null, design, Literals.DESIGN__REGIONS, List.of(region))));
        assertTrue(StructuralEdits.changesStructure(new CompoundCommand(List.of(
                new SetCommand(null, region, Literals.SHAREABLE__SIZE, 64L),
                new AddCommand(null, design, Literals.DESIGN__REGIONS, region)))));
    }
}
