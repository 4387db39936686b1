package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.core.layout.LayoutOptions;
import org.wasmpart.core.layout.LayoutResult;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.WasmModule;

/**
 * The design generation reads: the user's own when every memory has a base, else a laid-out copy.
 * The user's design is never changed: generating is not editing.
 */
final class PlacedDesign {

    /**
     * The heuristic is reproducible through its evaluation budget; the time limit only guards
     * against a design so large that the budget takes minutes, and would then be reported.
     */
    static final LayoutOptions LAYOUT = LayoutOptions.defaults().withMode(LayoutOptions.Mode.HEURISTIC)
            .withTimeLimit(Duration.ofMinutes(5));

    private static final URI PLACED = URI.createURI("wasmpart-placed:/design.wasmpart");

    private PlacedDesign() {
    }

    /**
     * The design itself when every memory has a base, else a laid-out copy, without judging it:
     * a view shows a design with errors too.
     *
     * @param monitor the layout stops early when it is cancelled, and then this throws
     */
    static Design laidOut(Design design, Monitor monitor) throws GenerationException {
        if (placed(design)) {
            return design;
        }
        // in a resource: the layout's command records its change, and a root outside any resource
        // would end up contained in that record, no longer the root of its modules
        Design copy = WasmpartResources.detachedCopy(design, PLACED);
        LayoutResult result = LayoutSolver.standard().solve(copy, LAYOUT, monitor);
        // a cancelled search ends cut short: that is the caller's doing, not the clock's
        Generation.checkCanceled(monitor);
        if (!result.feasible()) {
            throw new GenerationException(infeasible(result));
        }
        if (result.status() == LayoutResult.Status.CUT_SHORT) {
            // a layout cut short by the clock would differ from run to run: not reproducible output
            throw new GenerationException("the layout did not finish within " + LAYOUT.timeLimit().toMinutes()
                    + " minutes, so its result would depend on the machine: fix the bases (wasmpart layout -o)"
                    + " and generate from the placed design");
        }
        new BasicCommandStack().execute(LayoutSolver.apply(result, copy));
        return copy;
    }

    private static boolean placed(Design design) {
        return design.getRegions().stream().allMatch(r -> r.isSetBase())
                && design.getModules().stream().allMatch(m -> m.isSetBase() || ModuleAccess.privateSize(m) == 0);
    }

    private static String infeasible(LayoutResult result) {
        List<String> why = new ArrayList<>();
        for (WasmModule m : result.overBudget()) {
            int needed = result.entries().get(m);
            why.add("module " + label(m) + " needs " + (needed < 0 ? "an access no entries give" : needed + " entries")
                    + ", has " + result.available());
        }
        for (var unplaced : result.unplaced().entrySet()) {
            why.add(what(unplaced.getKey()) + ": " + unplaced.getValue());
        }
        return "no layout fits the design: " + String.join("; ", why)
                + " (wasmpart validate and wasmpart layout say more; fewer grants, fewer reserved entries or fixed"
                + " bases that share entries help)";
    }

    private static String what(EObject object) {
        return (object instanceof WasmModule ? "module " : "region ") + label((Identified) object);
    }
}
