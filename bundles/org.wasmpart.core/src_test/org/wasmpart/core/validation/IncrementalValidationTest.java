package org.wasmpart.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;

/** After one edit, only the modules the edit reaches are encoded again, and the result is the same. */
class IncrementalValidationTest {

    @TempDir
    Path dir;

    private static final String DESIGN = TestDesigns.f4("""
            <modules id="a" linearMemory="16 KiB" base="0x20000000"><grants target="#own" permission="RW"/><grants target="#both" permission="R"/></modules>
            <modules id="b" linearMemory="16 KiB" base="0x20004000"><grants target="#both" permission="RW"/></modules>
            <modules id="c" linearMemory="16 KiB" base="0x20008000"/>
            <regions id="own" size="1 KiB" base="0x2001C000"/>
            <regions id="both" size="2 KiB" base="0x2001D000"/>
            """);

    @Test
    void onlyModulesWhoseAccessChangedAreEncodedAgain() throws Exception {
        Design design = TestDesigns.load(dir, DESIGN);
        DesignValidator validator = DesignValidator.standard();
        validator.validate(design);
        assertEquals(3, validator.encoderRuns(), "first pass encodes every module");

        validator.validate(design);
        assertEquals(3, validator.encoderRuns(), "nothing changed, nothing encoded");

        region(design, "own").setSize(2048);
        assertSameAsFresh(design, validator.validate(design));
        assertEquals(4, validator.encoderRuns(), "only a reaches 'own'");

        design.getModules().get(2).setName("renamed");
        assertSameAsFresh(design, validator.validate(design));
        assertEquals(5, validator.encoderRuns(), "a new name reaches only its own module's messages");

        region(design, "both").setBase(0x2001E000L);
        assertSameAsFresh(design, validator.validate(design));
        assertEquals(7, validator.encoderRuns(), "a and b reach 'both'");

        design.getModules().remove(2);
        validator.validate(design);
        assertEquals(7, validator.encoderRuns(), "removing a module encodes nothing");
    }

    private static SharedRegion region(Design design, String id) {
        return design.getRegions().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static void assertSameAsFresh(Design design, List<Finding> incremental) {
        List<Finding> fresh = DesignValidator.standard().validate(design);
        assertEquals(fresh.stream().map(Finding::message).toList(), incremental.stream().map(Finding::message).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { "stm32f407vg|mpu-partitions|wamr-2.x-interp", "stm32f407vg|wamr-shared-heap|wamr-2.x-aot-shared-heap",
            "stm32mp135|wamr-shared-heap|wamr-2.x-aot-shared-heap" })
    void afterEveryKindOfEditTheIncrementalFindingsEqualAFullValidation(String setting) throws Exception {
        String[] s = setting.split("\\|");
        String text = DESIGN_WITH_PROBLEMS.replace("stm32f407vg", s[0]).replace("options#mpu-partitions", "options#" + s[1])
                .replace("runtimes#wamr-2.x-interp", "runtimes#" + s[2]);
        SeededTries.run(200, seed -> {
            Design design = load(text);
            Random random = new Random(seed);
            try (IncrementalValidator incremental = IncrementalValidator.standard(design)) {
                for (int step = 0; step < 12; step++) {
                    String edit = RandomEdits.apply(design, random);
                    List<String> expected = describe(DesignValidator.standard().validate(design));
                    assertEquals(expected, describe(incremental.validate()), "after " + edit);
                }
            }
        });
    }

    @Test
    void anEditReachingOneModuleReEncodesOnlyThatModule() throws Exception {
        Design design = TestDesigns.load(dir, DESIGN);
        try (IncrementalValidator incremental = IncrementalValidator.standard(design)) {
            incremental.validate();
            assertEquals(3, incremental.encoderRuns());
            region(design, "own").setSize(2048);
            incremental.validate();
            assertEquals(4, incremental.encoderRuns());
            region(design, "both").setSize(1024);
            incremental.validate();
            assertEquals(6, incremental.encoderRuns());
        }
    }

    private Design load(String text) {
        try {
            return TestDesigns.load(dir, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.code().id() + " " + f.uri().fragment() + " " + f.message() + " "
                + new java.util.TreeMap<>(f.data())).toList();
    }

    private static final String DESIGN_WITH_PROBLEMS = TestDesigns.design("stm32f407vg", "wamr-2.x-interp",
            "mpu-partitions", "profiles=\"wasmpart:/catalog/profiles#zephyr\"", """
            <modules id="a" name="a" linearMemory="16 KiB" base="0x20000000">
              <toolchain kind="wasi-sdk" version="25"/>
              <grants target="#own" permission="RW"/><grants target="#both" permission="R"/><grants target="#ring.ctrl" permission="RW"/>
            </modules>
            <modules id="b" name="b" linearMemory="16 KiB" base="0x20004000"><grants target="#both" permission="RW"/></modules>
            <modules id="c" name="c" linearMemory="16 KiB" base="0x20008000"><grants target="#ring" permission="RW"/></modules>
            <regions id="own" name="own" size="1 KiB" base="0x2001C000"/>
            <regions id="both" name="both" size="2 KiB" base="0x2001D000"><discipline kind="exclusive-writer" writer="#b"/></regions>
            <regions id="ring" name="ring" size="4 KiB" base="0x2001E000">
              <subpartitions id="ring.ctrl" name="ctrl" offset="0" size="256"/>
              <discipline kind="spsc-ring" producer="#c" consumer="#a" control="#ring.ctrl"/>
            </regions>
            """);
}
