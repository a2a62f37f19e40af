package vn.thidua.platform.text;

/** Free text as the services keep it. */
public final class Texts {

    private Texts() {}

    /** An optional text without its surrounding spaces; nothing when only spaces were typed, so "" never reaches a row. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
