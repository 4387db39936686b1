package org.wasmpart.core;

import java.util.List;

import org.wasmpart.model.Board;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/** Starting points for new designs, as the New Design wizard and the CLI create them. */
public final class DesignTemplates {

    private static final long STARTER_LINEAR_MEMORY = 64 * 1024;
    private static final long STARTER_STACK = 8 * 1024;
    private static final long STARTER_REGION = 4 * 1024;

    private DesignTemplates() {
    }

    /**
     * A design for the board with one module in the board's first RAM bank, ready to gain
     * modules, regions and grants.
     *
     * @param id a C identifier naming the design
     */
    public static Design newDesign(String id, Board board, RuntimeProfile runtime, MemoryOption option,
            List<ReservedEntryProfile> profiles) {
        WasmpartFactory f = WasmpartFactory.eINSTANCE;
        Design design = f.createDesign();
        design.setId(id);
        design.setName(id);
        design.setBoard(board);
        design.setRuntime(runtime);
        design.setMemoryOption(option);
        design.getProfiles().addAll(profiles);

        design.getModules().add(newModule("app", board));
        return design;
    }

    /**
     * A module built with wasi-sdk, with a starter linear memory and stack in the board's first
     * RAM bank, as the editor adds one.
     *
     * @param id unique in the design it joins ({@link Designs#uniqueId})
     */
    public static WasmModule newModule(String id, Board board) {
        WasmpartFactory f = WasmpartFactory.eINSTANCE;
        WasmModule module = f.createWasmModule();
        module.setId(id);
        module.setName(id);
        Toolchain toolchain = f.createToolchain();
        toolchain.setKind(ToolchainKind.WASI_SDK);
        toolchain.setVersion("25");
        toolchain.setTarget("wasm32-wasip1");
        module.setToolchain(toolchain);
        module.setLinearMemory(STARTER_LINEAR_MEMORY);
        module.setStack(STARTER_STACK);
        Designs.firstRamBank(board).ifPresent(module::setBank);
        return module;
    }

    /**
     * A shared region of a starter size in the board's first RAM bank, without a base: the
     * layout places it.
     *
     * @param id unique in the design it joins ({@link Designs#uniqueId})
     */
    public static SharedRegion newRegion(String id, Board board) {
        SharedRegion region = WasmpartFactory.eINSTANCE.createSharedRegion();
        region.setId(id);
        region.setName(id);
        region.setSize(STARTER_REGION);
        Designs.firstRamBank(board).ifPresent(region::setBank);
        return region;
    }
}
