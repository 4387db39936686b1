package org.wasmpart.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wasmpart.core.Designs;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Identified;
import org.wasmpart.model.WasmModule;

/** The commands behind the tables' Remove and Duplicate buttons. */
final class TableCommands {

    private TableCommands() {
    }

    /**
     * Deletes the objects and every reference to them; grants of what goes (a region, one of its
     * subpartitions) go too, since a grant of nothing is no grant.
     */
    static Command delete(EditingDomain domain, Design design, List<?> objects) {
        Set<Object> doomed = new HashSet<>(objects);
        for (Object o : objects) {
            ((EObject) o).eAllContents().forEachRemaining(doomed::add);
        }
        List<Object> deleted = new ArrayList<>(objects);
        for (WasmModule m : design.getModules()) {
            for (Grant g : m.getGrants()) {
                if (doomed.contains(g.getTarget()) && !doomed.contains(m)) {
                    deleted.add(g);
                }
            }
        }
        return DeleteCommand.create(domain, deleted);
    }

    /**
     * Adds a copy of each object after the originals, each copied object with a fresh id (ids are
     * what references use) and the top ones named after their new ids; references between the
     * copied objects point at the copies, others stay.
     */
    static Command duplicate(EditingDomain domain, Design design, EReference list, List<?> objects) {
        Collection<EObject> copies = EcoreUtil.copyAll(objects.stream().map(EObject.class::cast).toList());
        Set<String> taken = new HashSet<>();
        for (EObject copy : copies) {
            Identified top = (Identified) copy;
            rename(design, taken, top);
            top.setName(top.getId());
            copy.eAllContents().forEachRemaining(o -> {
                if (o instanceof Identified i && i.getId() != null) {
                    rename(design, taken, i);
                }
            });
        }
        return AddCommand.create(domain, design, list, copies);
    }

    private static void rename(Design design, Set<String> taken, Identified object) {
        String id = Designs.uniqueId(design, object.getId());
        for (int n = 2; taken.contains(id); n++) {
            id = Designs.uniqueId(design, object.getId() + "_" + n);
        }
        taken.add(id);
        object.setId(id);
    }
}
