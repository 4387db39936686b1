package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.BankKind;
import org.wasmpart.model.Board;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.WasmpartFactory;

class DesignsTest {

    private static final long KIB = 1024;

    @Test
    void aBoardsRamIsItsWritableBanksWithoutFlashOrRom() {
        BuiltInCatalog catalog = BuiltInCatalog.load();
        // SRAM1 112 KiB, SRAM2 16 KiB, CCM 64 KiB; not the 1 MiB of flash
        assertEquals(192 * KIB, Designs.ramSize(catalog.board("stm32f407vg").orElseThrow()));
        // DTCM (a TCM) 128 KiB + AXI 512 + SRAM1..3 128 + 128 + 32 + SRAM4 64 + backup 4
        assertEquals((128 + 512 + 128 + 128 + 32 + 64 + 4) * KIB,
                Designs.ramSize(catalog.board("stm32h743zi").orElseThrow()));
    }

    @Test
    void everyKindOfBankIsCountedOrNot() {
        Board board = WasmpartFactory.eINSTANCE.createBoard();
        long size = 1;
        for (BankKind kind : BankKind.VALUES) {
            MemoryBank bank = WasmpartFactory.eINSTANCE.createMemoryBank();
            bank.setKind(kind);
            bank.setSize(size);
            board.getBanks().add(bank);
            size <<= 1;
        }
        // flash 1, sram 2, tcm 4, rom 8, psram 16, dram 32
        assertEquals(2 + 4 + 16 + 32, Designs.ramSize(board));
    }
}
