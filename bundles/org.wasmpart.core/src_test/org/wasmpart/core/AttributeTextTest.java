package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wasmpart.model.DisciplineKind;
import org.wasmpart.model.Permission;
import org.wasmpart.model.WasmpartPackage.Literals;

class AttributeTextTest {

    @ParameterizedTest
    @CsvSource({ "4K, 4096", "0x1000, 4096", "64 KiB, 65536", "  2 MiB , 2097152", "512, 512" })
    void sizesAcceptTheFormsDevelopersWrite(String text, long bytes) {
        assertEquals(bytes, AttributeText.parse(Literals.SHAREABLE__SIZE, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "4 parsecs|size '4 parsecs' is not a number", "-4K|negative",
            "8 GiB|larger than 4 GiB", "0x|not a number" })
    void badSizesSayWhatIsWrong(String text, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributeText.parse(Literals.SHAREABLE__SIZE, text));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void anEmptySizeIsAnErrorButAnEmptyBaseUnsetsIt() {
        assertThrows(IllegalArgumentException.class, () -> AttributeText.parse(Literals.SHAREABLE__SIZE, " "));
        assertNull(AttributeText.parse(Literals.SHARED_REGION__BASE, ""));
    }

    @Test
    void addressesAreHexOrDecimalAndAtMost32Bits() {
        assertEquals(0x20001000L, AttributeText.parse(Literals.SHARED_REGION__BASE, "0x20001000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributeText.parse(Literals.SHARED_REGION__BASE, "0x100000000"));
        assertTrue(e.getMessage().contains("above 0xFFFFFFFF"), e.getMessage());
    }

    @Test
    void enumerationsByLiteralInAnyCaseAndBadOnesListTheChoices() {
        assertEquals(Permission.RW, AttributeText.parse(Literals.GRANT__PERMISSION, "rw"));
        DisciplineKind last = DisciplineKind.VALUES.get(DisciplineKind.VALUES.size() - 1);
        assertEquals(last, AttributeText.parse(Literals.ACCESS_DISCIPLINE__KIND, last.getLiteral().toUpperCase()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributeText.parse(Literals.GRANT__PERMISSION, "WX"));
        assertTrue(e.getMessage().startsWith("permission 'WX' is not one of R, RW"), e.getMessage());
    }

    @Test
    void booleansAndNamesPassThrough() {
        assertEquals(Boolean.FALSE, AttributeText.parse(Literals.SHARED_REGION__RESIZABLE, "no"));
        assertThrows(IllegalArgumentException.class, () -> AttributeText.parse(Literals.SHARED_REGION__RESIZABLE, "maybe"));
        EAttribute name = Literals.IDENTIFIED__NAME;
        assertEquals("sensor ring", AttributeText.parse(name, "sensor ring"));
    }

    @Test
    void formatsAsTheFileWritesThem() {
        assertEquals("64 KiB", AttributeText.format(Literals.SHAREABLE__SIZE, 65536L));
        assertEquals("0x20000000", AttributeText.format(Literals.SHARED_REGION__BASE, 0x20000000L));
        assertEquals("RX", AttributeText.format(Literals.GRANT__PERMISSION, Permission.RX));
        assertEquals("", AttributeText.format(Literals.SHARED_REGION__BASE, null));
    }
}
