package org.wasmpart.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.wasmpart.model.Board;
import org.wasmpart.model.Catalog;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.RuntimeProfile;

/**
 * The boards, RTOS/runtime profiles, runtimes and memory options shipped with wasmpart, read from
 * the data files under {@code resources/org/wasmpart/core/catalog}.
 */
public final class BuiltInCatalog {

    private final ResourceSet resourceSet;
    private final Catalog boards;
    private final Catalog profiles;
    private final Catalog runtimes;
    private final Catalog options;

    private BuiltInCatalog(ResourceSet resourceSet) {
        this.resourceSet = resourceSet;
        this.boards = load(CatalogUris.BOARDS);
        this.profiles = load(CatalogUris.PROFILES);
        this.runtimes = load(CatalogUris.RUNTIMES);
        this.options = load(CatalogUris.OPTIONS);
    }

    /** Reads the catalog into a new resource set of its own. */
    public static BuiltInCatalog load() {
        return new BuiltInCatalog(WasmpartResources.newResourceSet());
    }

    /** Reads the catalog into the given resource set, so that designs loaded there share it. */
    public static BuiltInCatalog loadInto(ResourceSet resourceSet) {
        return new BuiltInCatalog(resourceSet);
    }

    public ResourceSet resourceSet() {
        return resourceSet;
    }

    public List<Board> boards() {
        return boards.getBoards();
    }

    public List<ReservedEntryProfile> profiles() {
        return profiles.getProfiles();
    }

    public List<RuntimeProfile> runtimes() {
        return runtimes.getRuntimes();
    }

    public List<MemoryOption> memoryOptions() {
        return options.getMemoryOptions();
    }

    public Optional<Board> board(String id) {
        return boards().stream().filter(b -> id.equals(b.getId())).findFirst();
    }

    public Optional<RuntimeProfile> runtime(String id) {
        return runtimes().stream().filter(r -> id.equals(r.getId())).findFirst();
    }

    public Optional<MemoryOption> memoryOption(String id) {
        return memoryOptions().stream().filter(o -> id.equals(o.getId())).findFirst();
    }

    public Optional<ReservedEntryProfile> profile(String id) {
        return profiles().stream().filter(p -> id.equals(p.getId())).findFirst();
    }

    /** Every catalog file, for checks that walk all of them. */
    public List<Catalog> catalogs() {
        List<Catalog> all = new ArrayList<>();
        all.add(boards);
        all.add(profiles);
        all.add(runtimes);
        all.add(options);
        return all;
    }

    private Catalog load(URI uri) {
        Resource resource = resourceSet.getResource(uri, true);
        if (!resource.getErrors().isEmpty()) {
            throw new IllegalStateException("built-in catalog " + uri + " is broken: " + resource.getErrors());
        }
        return (Catalog) resource.getContents().get(0);
    }
}
