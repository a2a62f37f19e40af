package vn.thidua.campaign.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultSheetTest {

    static final List<ResultSheet.Target> TARGETS = List.of(
            new ResultSheet.Target(1, "Mô hình", "mô hình", BigDecimal.ONE),
            new ResultSheet.Target(2, "Buổi tuyên truyền", "buổi", BigDecimal.TEN));

    static ResultSheet.UnitFacts unit(
            String name, boolean registered, Map<Integer, BigDecimal> goals, Map<Integer, BigDecimal> achieved) {
        return new ResultSheet.UnitFacts(UUID.randomUUID(), name, registered, goals, achieved);
    }

    static BigDecimal n(double v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void equalOverallsShareARankAndTheNextRankSkips() {
        List<ResultSheet.Standing> s = ResultSheet.compute(
                TARGETS,
                List.of(
                        unit("Phòng Cảnh sát hình sự", true, Map.of(), Map.of(1, n(1), 2, n(10))),
                        unit("Công an thành phố Kon Tum", true, Map.of(), Map.of(1, n(2), 2, n(10))),
                        unit("Phòng Cảnh sát giao thông", true, Map.of(), Map.of(1, n(1), 2, n(5)))));
        assertEquals(
                List.of(1, 1, 3), s.stream().map(ResultSheet.Standing::rank).toList());
        assertTrue(s.get(0).tied() && s.get(1).tied() && !s.get(2).tied());
        assertEquals(
                "Công an thành phố Kon Tum", s.get(0).unitName(), "ties are listed in Vietnamese alphabetical order");
    }

    @Test
    void exceedingOneTargetDoesNotMakeUpForAnother() {
        ResultSheet.Standing s = ResultSheet.compute(
                        TARGETS, List.of(unit("Phòng Công tác Đảng", true, Map.of(), Map.of(1, n(5), 2, n(2)))))
                .get(0);
        assertEquals(0, n(500).compareTo(s.targets().get(0).percent()));
        assertEquals(0, n(20).compareTo(s.targets().get(1).percent()));
        assertEquals(0, n(60).compareTo(s.overall()), "(100 + 20) / 2");
    }

    @Test
    void theUnitsOwnGoalCountsTargetsWithoutGoalAreLeftOutAndUnregisteredUnitsAreNotRanked() {
        List<ResultSheet.Target> targets = List.of(
                new ResultSheet.Target(1, "Mô hình", "mô hình", null),
                new ResultSheet.Target(2, "Buổi tuyên truyền", "buổi", BigDecimal.TEN));
        List<ResultSheet.Standing> s = ResultSheet.compute(
                targets,
                List.of(
                        unit("Chưa đăng ký", false, Map.of(), Map.of()),
                        unit("Phòng Cảnh sát hình sự", true, Map.of(1, n(4)), Map.of(1, n(2), 2, n(10))),
                        unit("Phòng Cảnh sát giao thông", true, Map.of(), Map.of(1, n(3), 2, n(8)))));
        assertEquals("Phòng Cảnh sát giao thông", s.get(0).unitName());
        assertNull(s.get(0).targets().get(0).percent(), "no goal for the unit: the target is not counted");
        assertEquals(0, n(80).compareTo(s.get(0).overall()));
        assertEquals(0, n(75).compareTo(s.get(1).overall()), "(50 + 100) / 2 against its own goal of 4");
        assertNull(s.get(2).rank());
        assertEquals("Chưa đăng ký", s.get(2).unitName());
    }
}
