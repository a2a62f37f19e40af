package vn.thidua.bloc.covenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CovenantTextTest {

    private static final List<Clause> CLAUSES = List.of(
            new Clause(
                    1,
                    "Thực hiện tốt nhiệm vụ chính trị được giao",
                    "Hoàn thành 100% chỉ tiêu",
                    new BigDecimal("20.00")),
            new Clause(2, "Xây dựng cơ quan, đơn vị trong sạch, vững mạnh", null, null));

    @Test
    void rendersTitleThemeAndNumberedClausesWithTheirCriteria() {
        String text = CovenantText.render("Giao ước thi đua năm 2026", "Vì An ninh Tổ quốc", CLAUSES);
        assertEquals("""
                Giao ước thi đua năm 2026
                Vì An ninh Tổ quốc

                1. Thực hiện tốt nhiệm vụ chính trị được giao
                   Tiêu chí chấm điểm: Hoàn thành 100% chỉ tiêu
                   Điểm tối đa: 20

                2. Xây dựng cơ quan, đơn vị trong sạch, vững mạnh
                """, text);
    }

    @Test
    void theHashIsTheSha256OfTheUtf8Text() {
        // sha256("abc"), the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CovenantText.sha256("abc"));
        String text = CovenantText.render("Giao ước", null, CLAUSES);
        assertEquals(CovenantText.sha256(text), CovenantText.sha256(CovenantText.render("Giao ước", "", CLAUSES)));
    }

    @Test
    void anyChangeOfWordingChangesTheHash() {
        String before = CovenantText.sha256(CovenantText.render("Giao ước", null, CLAUSES));
        List<Clause> changed = List.of(
                CLAUSES.get(0), new Clause(2, "Xây dựng cơ quan, đơn vị trong sạch, vững mạnh toàn diện", null, null));
        assertNotEquals(before, CovenantText.sha256(CovenantText.render("Giao ước", null, changed)));
        List<Clause> morePoints = List.of(
                new Clause(1, CLAUSES.get(0).content(), CLAUSES.get(0).criteria(), new BigDecimal("25")),
                CLAUSES.get(1));
        assertNotEquals(before, CovenantText.sha256(CovenantText.render("Giao ước", null, morePoints)));
    }

    @Test
    void pointsUseTheVietnameseDecimalComma() {
        assertEquals("7,5", CovenantText.points(new BigDecimal("7.50")));
        assertEquals("10", CovenantText.points(new BigDecimal("10.00")));
    }
}
