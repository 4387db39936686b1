package org.wasmpart.core;

import java.util.List;

import org.wasmpart.model.Board;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/** Starting points for new designs, as the New Design wizard and the CLI create them. */
public final class DesignTemplates {

    private static final long STARTER_LINEAR_MEMORY = 64 * 1024;
    private static final long STARTER_STACK = 8 * 1024;

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

        WasmModule app = f.createWasmModule();
        app.setId("app");
        app.setName("app");
        Toolchain toolchain = f.createToolchain();
        toolchain.setKind(ToolchainKind.WASI_SDK);
        toolchain.setVersion("25");
        toolchain.setTarget("wasm32-wasip1");
        app.setToolchain(toolchain);
        app.setLinearMemory(STARTER_LINEAR_MEMORY);
        app.setStack(STARTER_STACK);
        Designs.firstRamBank(board).ifPresent(app::setBank);
        design.getModules().add(app);
        return design;
    }
}
