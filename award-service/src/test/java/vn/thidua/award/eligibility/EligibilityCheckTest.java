package vn.thidua.award.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.award.catalog.AwardRule;
import vn.thidua.award.catalog.CatalogEnums.DisciplineForm;
import vn.thidua.award.catalog.CatalogEnums.InitiativeLevel;
import vn.thidua.award.catalog.CatalogEnums.PrerequisiteKind;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;
import vn.thidua.award.catalog.RuleSettings;
import vn.thidua.award.people.Person;

class EligibilityCheckTest {

    private static final String LAW = "Luật Thi đua, khen thưởng 2022";
    private static final OffsetDateTime JUDGED_AT = OffsetDateTime.parse("2026-03-10T09:00:00+07:00");
    private static final RuleSettings SETTINGS = new RuleSettings(
            7, null, "Nghị định 152/2025/NĐ-CP, Điều 3", LAW + ", Điều 5", "Nghị định 152/2025/NĐ-CP, Điều 4", null);
    private static final Map<String, String> NAMES = Map.of(
            "GRASSROOTS_EMULATION_FIGHTER",
            "Chiến sĩ thi đua cơ sở",
            "PROVINCIAL_EMULATION_FIGHTER",
            "Chiến sĩ thi đua cấp tỉnh",
            "ADVANCED_WORKER",
            "Lao động tiên tiến",
            "EXCELLENT_COLLECTIVE",
            "Tập thể lao động xuất sắc");

    private static final AwardRule PROVINCIAL_FIGHTER = rule(
            "PROVINCIAL_EMULATION_FIGHTER",
            new AwardRule.Prerequisite(
                    PrerequisiteKind.CONSECUTIVE_TITLES,
                    "GRASSROOTS_EMULATION_FIGHTER",
                    3,
                    null,
                    null,
                    null,
                    null,
                    null,
                    LAW + ", Điều 22"),
            new AwardRule.Prerequisite(
                    PrerequisiteKind.INITIATIVE_AT_LEVEL,
                    null,
                    3,
                    null,
                    null,
                    null,
                    InitiativeLevel.PROVINCE,
                    null,
                    LAW + ", Điều 22"));

    private static AwardRule rule(String type, AwardRule.Prerequisite... prerequisites) {
        return new AwardRule(
                type,
                "Chủ tịch Ủy ban nhân dân tỉnh",
                true,
                BigDecimal.valueOf(90),
                null,
                null,
                List.of(prerequisites),
                null,
                List.of(),
                Map.of(),
                LAW);
    }

    private static EligibilityFacts person(
            String type,
            boolean registered,
            Map<Integer, Set<String>> titles,
            List<Person.Initiative> initiatives,
            List<Person.Discipline> disciplines) {
        return new EligibilityFacts(
                2025,
                LocalDate.of(2026, 1, 10),
                type,
                true,
                List.of(RecipientKind.INDIVIDUAL),
                RecipientKind.INDIVIDUAL,
                registered,
                new EligibilityFacts.NomineeRecord(
                        Map.of(2025, TaskRating.EXCELLENT), initiatives, disciplines, false, false),
                null,
                titles,
                Set.of(),
                List.of(),
                false,
                0,
                0,
                NAMES);
    }

    private static Eligibility.Outcome outcome(Eligibility e, String code) {
        return e.outcomes().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static final List<Person.Initiative> PROVINCE_INITIATIVE = List.of(
            new Person.Initiative(2024, "Ứng dụng số hóa hồ sơ nghiệp vụ", InitiativeLevel.PROVINCE, "QĐ 45/QĐ-UBND"));

    @Test
    void threeConsecutiveGrassrootsTitlesAndAProvincialInitiativeMakeAProvincialEmulationFighter() {
        Map<Integer, Set<String>> titles = Map.of(
                2023,
                Set.of("GRASSROOTS_EMULATION_FIGHTER"),
                2024,
                Set.of("GRASSROOTS_EMULATION_FIGHTER"),
                2025,
                Set.of("GRASSROOTS_EMULATION_FIGHTER", "ADVANCED_WORKER"));
        Eligibility e = EligibilityCheck.judge(
                person("PROVINCIAL_EMULATION_FIGHTER", true, titles, PROVINCE_INITIATIVE, List.of()),
                PROVINCIAL_FIGHTER,
                SETTINGS,
                "NĐ 152",
                JUDGED_AT);
        assertTrue(e.eligible(), () -> e.failures().toString());
        assertEquals(
                "Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục 2023–2025 (theo sổ vàng)",
                outcome(e, "CONSECUTIVE_TITLES").message());
    }

    @Test
    void aGapInTheYearsFailsWithTheMissingYearAndTheArticle() {
        Map<Integer, Set<String>> titles =
                Map.of(2023, Set.of("GRASSROOTS_EMULATION_FIGHTER"), 2025, Set.of("GRASSROOTS_EMULATION_FIGHTER"));
        Eligibility e = EligibilityCheck.judge(
                person("PROVINCIAL_EMULATION_FIGHTER", true, titles, PROVINCE_INITIATIVE, List.of()),
                PROVINCIAL_FIGHTER,
                SETTINGS,
                "NĐ 152",
                JUDGED_AT);
        assertFalse(e.eligible());
        Eligibility.Outcome consecutive = outcome(e, "CONSECUTIVE_TITLES");
        assertFalse(consecutive.passed());
        assertEquals(
                "Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở (2023–2025); sổ vàng thiếu năm 2024",
                consecutive.message());
        assertEquals(LAW + ", Điều 22", consecutive.legalSource());
    }

    @Test
    void noRegistrationNoTitleAndARunningDisciplineHoldsTheProposal() {
        Eligibility e = EligibilityCheck.judge(
                person(
                        "PROVINCIAL_EMULATION_FIGHTER",
                        false,
                        Map.of(),
                        List.of(),
                        List.of(new Person.Discipline(
                                DisciplineForm.REPRIMAND,
                                LocalDate.of(2025, 10, 1),
                                LocalDate.of(2026, 9, 30),
                                "Vi phạm quy chế"))),
                PROVINCIAL_FIGHTER,
                SETTINGS,
                "NĐ 152",
                JUDGED_AT);
        Eligibility.Outcome registration = outcome(e, "REGISTRATION");
        assertFalse(registration.passed());
        assertEquals("Nghị định 152/2025/NĐ-CP, Điều 3", registration.legalSource());
        Eligibility.Outcome holds = outcome(e, "HOLDS");
        assertFalse(holds.passed());
        assertEquals("Tạm dừng xét: đang trong thời hạn kỷ luật khiển trách đến 30/09/2026", holds.message());
        assertEquals("Nghị định 152/2025/NĐ-CP, Điều 4", holds.legalSource());
    }

    @Test
    void anExcellentCollectiveNeedsSeventyPercentAdvancedWorkers() {
        AwardRule excellent = rule(
                "EXCELLENT_COLLECTIVE",
                new AwardRule.Prerequisite(
                        PrerequisiteKind.MEMBERS_TITLE_SHARE,
                        "ADVANCED_WORKER",
                        null,
                        null,
                        BigDecimal.valueOf(70),
                        null,
                        null,
                        null,
                        LAW + ", Điều 27"));
        assertTrue(outcome(
                        EligibilityCheck.judge(collective(7, 10), excellent, SETTINGS, "NĐ 152", JUDGED_AT),
                        "MEMBERS_TITLE_SHARE")
                .passed());
        Eligibility.Outcome short_ = outcome(
                EligibilityCheck.judge(collective(6, 10), excellent, SETTINGS, "NĐ 152", JUDGED_AT),
                "MEMBERS_TITLE_SHARE");
        assertFalse(short_.passed());
        assertEquals("6/10 cá nhân đạt Lao động tiên tiến = 60% (cần từ 70%)", short_.message());
    }

    @Test
    void aUnitCannotReceiveAnIndividualTitle() {
        EligibilityFacts unit = new EligibilityFacts(
                2025,
                LocalDate.of(2026, 1, 10),
                "PROVINCIAL_EMULATION_FIGHTER",
                true,
                List.of(RecipientKind.INDIVIDUAL),
                RecipientKind.COLLECTIVE,
                true,
                null,
                collective(1, 1).collective(),
                Map.of(),
                Set.of(),
                List.of(),
                false,
                0,
                0,
                NAMES);
        Eligibility.Outcome kind = outcome(
                EligibilityCheck.judge(unit, PROVINCIAL_FIGHTER, SETTINGS, "NĐ 152", JUDGED_AT), "RECIPIENT_KIND");
        assertFalse(kind.passed());
        assertEquals("Chiến sĩ thi đua cấp tỉnh không xét tặng cho tập thể (chỉ cho cá nhân)", kind.message());
    }

    private static EligibilityFacts collective(int advanced, int total) {
        List<EligibilityFacts.Member> members = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            members.add(new EligibilityFacts.Member(
                    TaskRating.GOOD, i < advanced ? Set.of("ADVANCED_WORKER") : Set.of(), null));
        }
        return new EligibilityFacts(
                2025,
                LocalDate.of(2026, 1, 10),
                "EXCELLENT_COLLECTIVE",
                true,
                List.of(RecipientKind.COLLECTIVE),
                RecipientKind.COLLECTIVE,
                true,
                null,
                new EligibilityFacts.CollectiveRecord(TaskRating.EXCELLENT, false, members),
                new HashMap<>(),
                Set.of(),
                List.of(),
                false,
                0,
                0,
                NAMES);
    }
}
