package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Monitor;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmModule;

/**
 * Everything the generated files say, worked out once: the placed design, the hash of the
 * design as given, each module's hardware entries, the shared heaps, the C names, the build
 * settings, and for the isolation report what the layout spent and what validation warned of.
 *
 * @param design   the design with every base (a laid-out copy when the given one had none)
 * @param sha256   of the design as given, before any layout
 * @param unit     the protection unit's parameters; empty when no unit isolates the modules
 * @param entries  per module in design order, its entries (empty lists when there is no unit)
 * @param heaps    the WAMR shared heaps, when the design's memory option is the shared heap
 * @param symbols  the C names
 * @param build    WAMR's build settings and each module's flags
 * @param waste    the bytes the layout spent on the memories it placed
 * @param warnings what validation warns of in the design generation reads (errors stop generation)
 */
record GenerationInput(Design design, String sha256, Optional<UnitParameters> unit,
        Map<WasmModule, List<HardwareEntry>> entries, Optional<SharedHeaps> heaps, CSymbols symbols,
        BuildSettings build, LayoutWaste waste, List<Finding> warnings) {

    static GenerationInput of(Design given, ReferenceTypesPolicy referenceTypes, Monitor monitor)
            throws GenerationException {
        List<Finding> findings = DesignValidator.standard().validate(given);
        List<Finding> errors = errors(findings);
        if (!errors.isEmpty()) {
            throw new GenerationException("the design has " + errors.size() + " validation error"
                    + (errors.size() == 1 ? "" : "s"), errors);
        }
        if (given.getModules().isEmpty()) {
            throw new GenerationException("the design has no modules: there is nothing to configure");
        }
        String sha256 = DesignHash.sha256(given);
        Design design = PlacedDesign.laidOut(given, monitor);
        List<Finding> placedFindings = design == given ? findings : DesignValidator.standard().validate(design);
        if (design != given && !errors(placedFindings).isEmpty()) {
            throw new GenerationException("the laid-out design has validation errors", errors(placedFindings));
        }
        CSymbols symbols = CSymbols.of(design);
        Optional<UnitParameters> unit = DesignValidator.unitParameters(design);
        Map<WasmModule, List<HardwareEntry>> entries = new LinkedHashMap<>();
        for (WasmModule m : design.getModules()) {
            entries.put(m, unit.isPresent() ? encoded(m) : List.of());
        }
        Optional<SharedHeaps> heaps = SharedHeaps.of(design);
        return new GenerationInput(design, sha256, unit, entries, heaps, symbols,
                BuildSettings.of(design, heaps, referenceTypes),
                LayoutWaste.of(given, design), warnings(placedFindings));
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** Of the laid-out copy when there is one: what the layout resolved is no longer worth a warning. */
    private static List<Finding> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /** A valid, placed design always encodes; anything else is a bug between validation and here. */
    private static List<HardwareEntry> encoded(WasmModule module) {
        Encoding encoding = DesignValidator.encoding(module).orElseThrow(() -> new IllegalStateException(
                "module " + label(module) + " has no address after validation and layout"));
        return switch (encoding) {
            case Encoding.Encoded e -> e.entries();
            case Encoding.Infeasible i -> throw new IllegalStateException(
                    "module " + label(module) + " passed validation but does not encode: " + i.message());
        };
    }
}
