package org.wasmpart.core.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.model.Design;

/** Small designs written as a user would, loaded through the real loader. */
final class TestDesigns {

    private TestDesigns() {
    }

    /**
     * @param board   catalog board id
     * @param runtime catalog runtime id
     * @param option  catalog memory option id
     * @param extra   more attributes of the design element (profiles)
     * @param body    modules and regions
     */
    static String design(String board, String runtime, String option, String extra, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"
                    id="t" board="wasmpart:/catalog/boards#%s" runtime="wasmpart:/catalog/runtimes#%s"
                    memoryOption="wasmpart:/catalog/options#%s" %s>
                %s
                </wasmpart:Design>
                """.formatted(board, runtime, option, extra, body);
    }

    /** The usual setting: STM32F407 (PMSAv7, 8 regions), WAMR interpreter, native MPU partitions. */
    static String f4(String body) {
        return design("stm32f407vg", "wamr-2.x-interp", "mpu-partitions", "", body);
    }

    static Design load(Path dir, String text) throws IOException, DesignLoadException {
        Path file = Files.createTempFile(dir, "design", ".wasmpart");
        Files.writeString(file, text);
        return DesignIO.load(file);
    }
}
