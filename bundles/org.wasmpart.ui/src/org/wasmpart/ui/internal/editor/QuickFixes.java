package org.wasmpart.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.wasmpart.core.fix.Fix;
import org.wasmpart.core.fix.Fixes;
import org.wasmpart.core.validation.Finding;

/**
 * The quick fixes Ctrl+1 offers in the design editor: core's fixes ({@link Fixes#forFinding}) for
 * the latest findings about the selected objects and what they contain (every finding when nothing
 * is selected), run as commands on the editor's stack so Edit &gt; Undo takes them back.
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** The fixes for the editor's selection, best first per finding, each label once. */
    public static List<Fix> offered(DesignEditor editor) {
        DesignAnalysis.Result analysed = editor.getAnalysed();
        if (analysed == null) {
            return List.of();
        }
        List<EObject> selected = new ArrayList<>();
        if (editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof EObject e) {
                    selected.add(e);
                }
            }
        }
        Map<String, Fix> fixes = new LinkedHashMap<>();
        for (DesignAnalysis.Shown shown : analysed.findings()) {
            EObject object = shown.object();
            if (object != null && (selected.isEmpty() || selected.stream().anyMatch(o -> EcoreUtil.isAncestor(o, object)))) {
                // the analysis judged a copy: the fix must change the editor's own object
                Finding f = shown.finding();
                Finding own = new Finding(f.code(), f.severity(), object, f.message(), f.data());
                Fixes.forFinding(own).forEach(fix -> fixes.putIfAbsent(fix.label(), fix));
            }
        }
        return List.copyOf(fixes.values());
    }

    /** Runs the fix on the editor's command stack; false when it no longer applies. */
    public static boolean apply(DesignEditor editor, Fix fix) {
        Command command = fix.command().get();
        if (!command.canExecute()) {
            return false;
        }
        editor.getEditingDomain().getCommandStack().execute(command);
        return true;
    }
}
