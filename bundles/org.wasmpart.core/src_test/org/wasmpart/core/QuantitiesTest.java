package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmpart.model.util.Quantities;

class QuantitiesTest {

    @ParameterizedTest
    @CsvSource({ "4096, 4096", "0x1000, 4096", "4K, 4096", "4k, 4096", "4 KiB, 4096", "64 KiB, 65536",
            "1M, 1048576", "1 MiB, 1048576", "1G, 1073741824", "4 GiB, 4294967296", "0x1_0000_0000, 4294967296",
            "256 B, 256", "0, 0", "0xFFFFFFFF, 4294967295" })
    void sizesInTheFormsDevelopersWrite(String text, long bytes) {
        assertEquals(bytes, Quantities.parseSize(text));
    }

    @ParameterizedTest
    @CsvSource({ "0, 0", "32, 32", "4096, 4 KiB", "65536, 64 KiB", "1572864, 1536 KiB", "4294967296, 4 GiB",
            "100, 100" })
    void sizesFormatToTheirShortestExactForm(long bytes, String text) {
        assertEquals(text, Quantities.formatSize(bytes));
        assertEquals(bytes, Quantities.parseSize(text));
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 1, 0x20000000L, 0xFFFFFFFFL })
    void addressesRoundTripAsHex(long address) {
        String text = Quantities.formatAddress(address);
        assertTrue(text.matches("0x[0-9A-F]{8}"), text);
        assertEquals(address, Quantities.parseAddress(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = { "-1|negative", "5 GiB|larger than 4 GiB", "0x100000001|larger than 4 GiB",
            "lots|not a number", "|empty", "12 parsecs|not a number", "99999999999999999999999|not a number" })
    void badSizesSayWhatIsWrong(String text, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantities.parseSize(text == null ? "" : text));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = { "0x100000000|above 0xFFFFFFFF", "-4|negative", "0xZZ|not a number" })
    void badAddressesSayWhatIsWrong(String text, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantities.parseAddress(text));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
