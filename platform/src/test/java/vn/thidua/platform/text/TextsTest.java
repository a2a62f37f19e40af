package vn.thidua.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void keepsWhatWasTypedWithoutTheSpacesAroundIt() {
        assertEquals("Hội nghị ký kết giao ước", Texts.blankToNull("  Hội nghị ký kết giao ước \n"));
    }

    @Test
    void onlySpacesOrNothingIsNoText() {
        assertNull(Texts.blankToNull(" \t "));
        assertNull(Texts.blankToNull(""));
        assertNull(Texts.blankToNull(null));
    }
}
