package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.wasmpart.core.Designs;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.RuntimeCapability;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * The WAMR shared heaps of a design whose memory option is the shared heap: one pre-allocated
 * heap per region some module reaches, chained where a module reaches more than one. WAMR's rules
 * (FACTS §2): a heap is in at most one chain, an instance attaches one heap and sees it with
 * everything chained behind it, at the top of its 32-bit address space, the tail highest. So every
 * module's heaps must be a whole tail of one chain; designs that need anything else are refused.
 */
final class SharedHeaps {

    /**
     * @param index       the heap's number, in the order of the design's regions
     * @param region      the region whose memory the heap is (pre-allocated at its base)
     * @param wasmAddress where attached instances see its first byte
     * @param next        the heap chained behind it, or -1
     * @param attachedBy  the modules that attach this heap (and so see it and what follows)
     */
    record Heap(int index, SharedRegion region, long wasmAddress, int next, List<WasmModule> attachedBy) {
    }

    /** {@code wasm_runtime_chain_shared_heaps(head, body)}, in the order to call it. */
    record Link(int head, int body) {
    }

    private final List<Heap> heaps;
    private final List<Link> links;
    private final Map<WasmModule, Heap> attached;

    private SharedHeaps(List<Heap> heaps, List<Link> links, Map<WasmModule, Heap> attached) {
        this.heaps = heaps;
        this.links = links;
        this.attached = attached;
    }

    /** Whether the design shares memory through WAMR shared heaps. */
    static boolean used(Design design) {
        return design.getMemoryOption() != null
                && design.getMemoryOption().getRequiredCapabilities().contains(RuntimeCapability.SHARED_HEAP);
    }

    /** The heaps of a design that uses them, or empty when it does not or no module reaches a region. */
    static Optional<SharedHeaps> of(Design design) throws GenerationException {
        if (!used(design)) {
            return Optional.empty();
        }
        Map<WasmModule, Set<SharedRegion>> reached = reached(design);
        List<SharedRegion> regions = design.getRegions().stream()
                .filter(r -> reached.values().stream().anyMatch(s -> s.contains(r))).toList();
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        checkPages(design, regions);
        List<List<SharedRegion>> chains = chains(regions, reached);
        if (chains.stream().anyMatch(c -> c.size() > 1) && (design.getRuntime() == null
                || !design.getRuntime().getCapabilities().contains(RuntimeCapability.SHARED_HEAP_CHAIN))) {
            throw new GenerationException("some module reaches more than one region, which takes a chain of shared"
                    + " heaps, but the runtime profile does not chain them (capability shared-heap-chain)");
        }
        Map<SharedRegion, Long> wasmAddress = new HashMap<>();
        Map<SharedRegion, SharedRegion> next = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (List<SharedRegion> chain : chains) {
            long top = 1L << 32;
            for (int i = chain.size() - 1; i >= 0; i--) {
                top -= chain.get(i).getSize();
                wasmAddress.put(chain.get(i), top);
                if (i + 1 < chain.size()) {
                    next.put(chain.get(i), chain.get(i + 1));
                    links.add(new Link(regions.indexOf(chain.get(i)), regions.indexOf(chain.get(i + 1))));
                }
            }
        }
        Map<WasmModule, SharedRegion> attachedRegion = new LinkedHashMap<>();
        for (var e : reached.entrySet()) {
            SharedRegion first = chainOf(chains, e.getValue()).stream().filter(e.getValue()::contains).findFirst()
                    .orElseThrow();
            if (e.getKey().getLinearMemory() > wasmAddress.get(first)) {
                throw new GenerationException("module " + label(e.getKey()) + " has " + formatSize(
                        e.getKey().getLinearMemory()) + " of linear memory, which reaches its shared heaps at "
                        + formatAddress(wasmAddress.get(first)) + ": WAMR refuses to attach them");
            }
            attachedRegion.put(e.getKey(), first);
        }
        List<Heap> heaps = new ArrayList<>();
        for (SharedRegion r : regions) {
            List<WasmModule> by = attachedRegion.entrySet().stream().filter(e -> e.getValue() == r)
                    .map(Map.Entry::getKey).toList();
            heaps.add(new Heap(heaps.size(), r, wasmAddress.get(r),
                    next.containsKey(r) ? regions.indexOf(next.get(r)) : -1, by));
        }
        Map<WasmModule, Heap> attached = new LinkedHashMap<>();
        attachedRegion.forEach((m, r) -> attached.put(m, heaps.get(regions.indexOf(r))));
        return Optional.of(new SharedHeaps(List.copyOf(heaps), List.copyOf(links), attached));
    }

    List<Heap> heaps() {
        return heaps;
    }

    /** The chain links, each body already a whole chain when its head is put in front. */
    List<Link> links() {
        return links;
    }

    /** The heap a module attaches, if it reaches any. */
    Optional<Heap> attachedBy(WasmModule module) {
        return Optional.ofNullable(attached.get(module));
    }

    /** Per module with any, the regions its grants reach, in the design's order. */
    private static Map<WasmModule, Set<SharedRegion>> reached(Design design) {
        Map<WasmModule, Set<SharedRegion>> reached = new LinkedHashMap<>();
        for (WasmModule m : design.getModules()) {
            Set<SharedRegion> regions = new LinkedHashSet<>();
            for (Grant g : m.getGrants()) {
                SharedRegion r = Designs.regionOf(g.getTarget());
                if (r != null && r.getSize() > 0) {
                    regions.add(r);
                }
            }
            if (!regions.isEmpty()) {
                reached.put(m, regions);
            }
        }
        return reached;
    }

    /** WAMR refuses a pre-allocated heap that is not whole runtime pages (it would round it up). */
    private static void checkPages(Design design, List<SharedRegion> regions) throws GenerationException {
        long page = design.getRuntime() == null ? 0 : design.getRuntime().getPageSize();
        for (SharedRegion r : regions) {
            if (page > 0 && r.getSize() % page != 0) {
                throw new GenerationException("region " + label(r) + " is " + formatSize(r.getSize())
                        + ", but WAMR creates a shared heap over memory it did not allocate only when its size is"
                        + " whole " + formatSize(page) + " pages: make it a multiple of " + formatSize(page));
            }
        }
    }

    /**
     * The chains, each head first. Heaps that modules share form groups; in a group the heap more
     * modules reach goes further back, so a module that reaches fewer sees a tail. The group is
     * served only if every module's regions are then exactly a tail.
     */
    private static List<List<SharedRegion>> chains(List<SharedRegion> regions,
            Map<WasmModule, Set<SharedRegion>> reached) throws GenerationException {
        Map<SharedRegion, Long> reachCount = regions.stream().collect(Collectors.toMap(r -> r,
                r -> reached.values().stream().filter(s -> s.contains(r)).count()));
        List<List<SharedRegion>> chains = new ArrayList<>();
        Set<SharedRegion> done = new HashSet<>();
        for (SharedRegion start : regions) {
            if (done.add(start)) {
                List<SharedRegion> group = group(start, reached, done);
                group.sort(Comparator.comparing((SharedRegion r) -> reachCount.get(r))
                        .thenComparing(regions::indexOf));
                chains.add(group);
            }
        }
        for (var e : reached.entrySet()) {
            List<SharedRegion> chain = chainOf(chains, e.getValue());
            List<SharedRegion> tail = chain.subList(chain.size() - e.getValue().size(), chain.size());
            if (!Set.copyOf(tail).equals(e.getValue())) {
                throw new GenerationException("module " + label(e.getKey()) + " reaches regions "
                        + names(e.getValue()) + ", but WAMR puts a heap in one chain only and an instance sees a"
                        + " whole tail of it; with the other modules' regions the chain would be " + names(chain)
                        + ": give the modules that share regions nested sets of them, or merge regions");
            }
        }
        return chains;
    }

    /** Every region linked to the start through modules that reach both. */
    private static List<SharedRegion> group(SharedRegion start, Map<WasmModule, Set<SharedRegion>> reached,
            Set<SharedRegion> done) {
        List<SharedRegion> group = new ArrayList<>(List.of(start));
        for (int i = 0; i < group.size(); i++) {
            SharedRegion r = group.get(i);
            for (Set<SharedRegion> s : reached.values()) {
                if (s.contains(r)) {
                    for (SharedRegion other : s) {
                        if (done.add(other)) {
                            group.add(other);
                        }
                    }
                }
            }
        }
        return group;
    }

    private static List<SharedRegion> chainOf(List<List<SharedRegion>> chains, Set<SharedRegion> regions) {
        SharedRegion any = regions.iterator().next();
        return chains.stream().filter(c -> c.contains(any)).findFirst().orElseThrow();
    }

    private static String names(Collection<SharedRegion> regions) {
        return regions.stream().map(r -> label(r)).collect(Collectors.joining(", ", "[", "]"));
    }
}
