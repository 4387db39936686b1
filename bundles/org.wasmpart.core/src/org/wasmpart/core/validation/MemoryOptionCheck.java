package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wasmpart.core.Designs;
import org.wasmpart.core.matrix.OptionMatrix;
import org.wasmpart.model.Design;
import org.wasmpart.model.Enforcement;
import org.wasmpart.model.Grant;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.Permission;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.RuntimeCapability;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * Whether the chosen way of sharing works on this board with this runtime, and the limits it
 * puts on regions (WAMR shared heap: 256 B .. 1 GiB, whole runtime pages, one heap per instance,
 * no per-module read-only without protection hardware).
 */
final class MemoryOptionCheck extends FeatureCheck {

    MemoryOptionCheck() {
        super(GRANTS, Literals.SHAREABLE__SIZE);
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        MemoryOption option = design.getMemoryOption();
        RuntimeProfile runtime = design.getRuntime();
        if (option == null || runtime == null) {
            return;
        }
        ProtectionUnit unit = Designs.protectionUnit(design).orElse(null);
        ProtectionKind kind = unit == null ? ProtectionKind.NONE : unit.getKind();
        boolean hardware = OptionMatrix.usesHardware(option, unit);
        if (option.getEnforcement() == Enforcement.HARDWARE && !option.getProtectionKinds().isEmpty()
                && !option.getProtectionKinds().contains(kind)) {
            findings.add(Finding.of(DiagnosticCode.OPTION_UNSUPPORTED_BY_BOARD, design, label(option) + " needs "
                    + option.getProtectionKinds().stream().map(ProtectionKind::getLiteral).collect(Collectors.joining(" or "))
                    + " protection, but " + label(design.getBoard()) + " has " + kind.getLiteral()
                    + ": choose another way of sharing or another board",
                    Map.of("option", option.getId(), "protection", kind.getLiteral())));
        }
        checkRuntime(design, option, runtime, findings);
        if (option.isSharing()) {
            checkRegions(context, new Setting(design, option, runtime, kind, hardware), findings);
        }
    }

    private static void checkRuntime(Design design, MemoryOption option, RuntimeProfile runtime, List<Finding> findings) {
        List<String> missing = new ArrayList<>();
        if (!option.getRuntimes().isEmpty() && !option.getRuntimes().contains(runtime.getRuntime())) {
            missing.add("runtime " + option.getRuntimes().stream().map(r -> r.getLiteral()).collect(Collectors.joining(" or ")));
        }
        for (RuntimeCapability c : option.getRequiredCapabilities()) {
            if (!runtime.getCapabilities().contains(c)) {
                missing.add("capability " + c.getLiteral());
            }
        }
        for (WasmFeature f : option.getRequiredFeatures()) {
            if (!runtime.getFeatures().contains(f)) {
                missing.add("feature " + f.getLiteral());
            }
        }
        if (!missing.isEmpty()) {
            findings.add(Finding.of(DiagnosticCode.OPTION_UNSUPPORTED_BY_RUNTIME, design, label(option) + " needs "
                    + String.join(", ", missing) + ", which " + label(runtime) + " does not have: choose a runtime"
                    + " profile that does, or another way of sharing",
                    Map.of("option", option.getId(), "runtime", runtime.getId(), "missing", missing)));
        }
    }

    /** The setting the per-region findings were computed under; any change recomputes them all. */
    private record Setting(Design design, MemoryOption option, RuntimeProfile runtime, ProtectionKind kind,
            boolean hardware) {
    }

    private Setting setting;
    private SharedRegion[] regions = new SharedRegion[0];
    private List<Finding>[] perRegion = newLists(0);
    private final Map<SharedRegion, Integer> regionIndex = new IdentityHashMap<>();

    /**
     * Region findings are kept per region and recomputed only for regions an edit touched (their
     * size, or a grant on them), so a pass after one edit does not walk every region.
     */
    private void checkRegions(ValidationContext context, Setting now, List<Finding> findings) {
        Design design = context.design();
        if (!now.equals(setting) || context.placementChanges() == null) {
            setting = now;
            regions = design.getRegions().toArray(SharedRegion[]::new);
            perRegion = newLists(regions.length);
            regionIndex.clear();
            for (int i = 0; i < regions.length; i++) {
                regionIndex.put(regions[i], i);
                perRegion[i] = regionFindings(context, now, regions[i]);
            }
        } else {
            for (org.eclipse.emf.ecore.EObject touched : context.placementChanges()) {
                Integer i = touched instanceof SharedRegion ? regionIndex.get(touched) : null;
                if (i != null) {
                    perRegion[i] = regionFindings(context, now, regions[i]);
                }
            }
        }
        for (List<Finding> own : perRegion) {
            if (!own.isEmpty()) {
                findings.addAll(own);
            }
        }
        MemoryOption option = now.option();
        if (option.getMaxPerInstance() >= 0) {
            for (WasmModule m : design.getModules()) {
                long heaps = m.getGrants().stream().filter(g -> g.getTarget() instanceof SharedRegion).count();
                if (heaps > option.getMaxPerInstance()) {
                    findings.add(Finding.of(DiagnosticCode.SHARED_HEAP_PER_INSTANCE, m, "module " + label(m)
                            + " is granted " + heaps + " regions, but " + label(option) + " attaches at most "
                            + option.getMaxPerInstance() + " per instance: merge them into one region or chain them",
                            Map.of("module", m.getId(), "granted", heaps, "max", option.getMaxPerInstance())));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Finding>[] newLists(int n) {
        return new List[n];
    }

    private static List<Finding> regionFindings(ValidationContext context, Setting now, SharedRegion r) {
        MemoryOption option = now.option();
        RuntimeProfile runtime = now.runtime();
        List<Finding> findings = new ArrayList<>(0);
        if (option.getMinRegionSize() <= 0 && option.getMaxRegionSize() <= 0 && !option.isRoundsToRuntimePage()
                && (option.isPerModuleReadOnly() || now.hardware() || now.kind() == ProtectionKind.NONE)) {
            return List.of();
        }
        long min = option.getMinRegionSize();
        long max = option.getMaxRegionSize();
        if ((min > 0 && r.getSize() < min) || (max > 0 && r.getSize() > max)) {
            findings.add(Finding.of(DiagnosticCode.SHARED_HEAP_SIZE, r, "region " + label(r) + " is "
                    + formatSize(r.getSize()) + " but " + label(option) + " takes " + formatSize(min) + " .. "
                    + formatSize(max) + ": resize it", Map.of("min", min, "max", max)));
        }
        long page = runtime.getPageSize();
        if (option.isRoundsToRuntimePage() && page > 0 && r.getSize() % page != 0) {
            long rounded = (r.getSize() + page - 1) / page * page;
            findings.add(Finding.of(DiagnosticCode.SHARED_HEAP_PAGE, r, "region " + label(r) + " is "
                    + formatSize(r.getSize()) + "; " + label(runtime) + " rounds it up to whole "
                    + formatSize(page) + " pages (" + formatSize(rounded) + "): make it " + formatSize(rounded)
                    + " so the memory map says what the runtime does", Map.of("roundedSize", rounded)));
        }
        if (!option.isPerModuleReadOnly() && !now.hardware() && now.kind() != ProtectionKind.NONE
                && readOnlyBesideWriter(context.grants(), r)) {
            findings.add(Finding.of(DiagnosticCode.SHARED_HEAP_READ_ONLY, r, "region " + label(r) + " is"
                    + " read-only for some modules, but " + label(option) + " cannot enforce that in software"
                    + " and does not use the " + now.kind().getLiteral() + " unit of "
                    + label(context.design().getBoard())
                    + ": every attached module may write it; grant RW or use hardware-enforced partitions",
                    Map.of("region", r.getId())));
        }
        return findings;
    }

    static boolean readOnlyBesideWriter(GrantIndex grants, SharedRegion r) {
        boolean readOnly = false;
        boolean writable = false;
        for (Grant g : grants.on(r)) {
            readOnly |= g.getPermission() == Permission.R || g.getPermission() == Permission.RX;
            writable |= g.getPermission() == Permission.RW || g.getPermission() == Permission.RWX;
        }
        return readOnly && writable;
    }
}
