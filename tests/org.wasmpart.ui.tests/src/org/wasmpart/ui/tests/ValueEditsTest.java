package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage.Literals;
import org.wasmpart.ui.internal.editor.ValueEdits;

/**
 * Which edits only set values, so that the views draw again just what shows the objects set, and
 * which may add, remove or move objects, so that they walk the design again.
 */
class ValueEditsTest {

    private final Design design = WasmpartFactory.eINSTANCE.createDesign();
    private final SharedRegion region = WasmpartFactory.eINSTANCE.createSharedRegion();
    private final WasmModule module = WasmpartFactory.eINSTANCE.createWasmModule();

    @Test
    void settingValuesOrReferencesGivesEveryObjectSet() {
        assertEquals(Set.of(region), ValueEdits.ownersOf(new SetCommand(null, region, Literals.SHAREABLE__SIZE, 512L))
                .orElseThrow());
        assertEquals(Set.of(region), ValueEdits.ownersOf(new SetCommand(null, region, Literals.SHARED_REGION__BANK, null))
                .orElseThrow());
        // a compound's own affected objects are only its last command's
        Set<EObject> owners = ValueEdits.ownersOf(new CompoundCommand(List.of(
                new SetCommand(null, region, Literals.IDENTIFIED__NAME, "a"),
                new SetCommand(null, module, Literals.IDENTIFIED__NAME, "b")))).orElseThrow();
        assertEquals(2, owners.size());
        assertTrue(owners.contains(region) && owners.contains(module));
    }

    @Test
    void addingRemovingOrReplacingContainedObjectsGivesNone() {
        assertTrue(ValueEdits.ownersOf(new AddCommand(null, design, Literals.DESIGN__REGIONS, region)).isEmpty());
        assertTrue(ValueEdits.ownersOf(new RemoveCommand(null, design, Literals.DESIGN__REGIONS, region)).isEmpty());
        assertTrue(ValueEdits.ownersOf(new SetCommand(null, design, Literals.DESIGN__REGIONS, List.of(region))).isEmpty());
        // a grant's module is the container of the grant: setting it moves the grant
        assertTrue(ValueEdits.ownersOf(new SetCommand(null, WasmpartFactory.eINSTANCE.createGrant(),
                Literals.GRANT__MODULE, module)).isEmpty());
        assertTrue(ValueEdits.ownersOf(new CompoundCommand(List.of(
                new SetCommand(null, region, Literals.SHAREABLE__SIZE, 64L),
                new AddCommand(null, design, Literals.DESIGN__REGIONS, region)))).isEmpty());
    }
}
