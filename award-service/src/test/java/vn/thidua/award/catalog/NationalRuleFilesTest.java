package vn.thidua.award.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.catalog.AwardRule.Prerequisite;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.CatalogEnums.DossierKind;
import vn.thidua.award.catalog.CatalogEnums.InitiativeLevel;
import vn.thidua.award.catalog.CatalogEnums.PrerequisiteKind;
import vn.thidua.award.catalog.CatalogEnums.QuotaScope;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;

/** Each national title's rule, read from the decree's file as a person reads it, and the files' own checks. */
class NationalRuleFilesTest {

    private static final NationalRuleSets.RuleSetFile ND_152 = NationalRuleSets.read("rules/nd-152-2025.json");
    private static final NationalRuleSets.RuleSetFile ND_98 = NationalRuleSets.read("rules/nd-98-2023.json");

    private static AwardRule rule(String awardType) {
        return ND_152.rules().stream()
                .filter(r -> r.awardType().equals(awardType))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDecreesFollowOneAnotherWithoutAGap() {
        assertEquals(LocalDate.of(2024, 1, 1), ND_98.effectiveFrom());
        assertEquals(LocalDate.of(2025, 6, 30), ND_98.effectiveTo());
        assertEquals(ND_98.effectiveTo().plusDays(1), ND_152.effectiveFrom());
        assertNull(ND_152.effectiveTo(), "in force until a new decree");
        assertEquals(7, ND_152.settings().disclosureWorkingDays());
        assertEquals(
                ND_98.rules().stream().map(AwardRule::awardType).toList(),
                ND_152.rules().stream().map(AwardRule::awardType).toList());
    }

    @Test
    void laoDongTienTien() {
        AwardRule r = rule("ADVANCED_WORKER");
        assertFalse(r.councilVote(), "the head of the unit decides without a council vote");
        assertEquals(
                List.of(new Prerequisite(
                        PrerequisiteKind.TASK_RATING_AT_LEAST,
                        null,
                        null,
                        null,
                        null,
                        TaskRating.GOOD,
                        null,
                        null,
                        "Luật Thi đua, khen thưởng 2022, Điều 24")),
                r.prerequisites());
        assertEquals(0, new BigDecimal("0.3").compareTo(r.cashMultiple(RecipientKind.INDIVIDUAL)));
        assertEquals("Luật Thi đua, khen thưởng 2022, Điều 24", r.legalSource());
    }

    @Test
    void chienSiThiDuaCoSo() {
        AwardRule r = rule("GRASSROOTS_EMULATION_FIGHTER");
        assertTrue(r.councilVote());
        assertEquals(0, BigDecimal.valueOf(80).compareTo(r.threshold()), "≥ 80% …");
        assertEquals(Denominator.ALL_MEMBERS, r.denominator(), "… of all the council's members");
        assertEquals("Nghị định 152/2025/NĐ-CP, Điều 30 khoản 7", r.voteSource());
        assertEquals(PrerequisiteKind.TITLE_SAME_YEAR, r.prerequisites().get(0).kind());
        assertEquals("ADVANCED_WORKER", r.prerequisites().get(0).awardType(), "Lao động tiên tiến the same year");
        assertEquals(
                PrerequisiteKind.EXCELLENT_OR_INITIATIVE,
                r.prerequisites().get(1).kind());
        assertEquals(InitiativeLevel.GRASSROOTS, r.prerequisites().get(1).level());
        assertTrue(r.requiredDocuments().contains(DossierKind.INITIATIVE_RECOGNITION));
        assertEquals("Luật Thi đua, khen thưởng 2022, Điều 23", r.legalSource());
    }

    @Test
    void coThiDuaCuaUyBanNhanDanTinh() {
        AwardRule r = rule("PROVINCIAL_EMULATION_FLAG");
        assertEquals("Chủ tịch Ủy ban nhân dân tỉnh", r.authority());
        assertEquals(0, BigDecimal.valueOf(80).compareTo(r.threshold()));
        assertEquals(PrerequisiteKind.BLOC_PROPOSAL, r.prerequisites().get(0).kind(), "proposed by its bloc");
        assertEquals(QuotaScope.PER_BLOC, r.quota().scope());
        assertEquals(1, r.quota().maxCount(), "one flag per bloc");
        assertEquals(0, new BigDecimal("8.0").compareTo(r.cashMultiple(RecipientKind.COLLECTIVE)));
        assertEquals("Luật Thi đua, khen thưởng 2022, Điều 26", r.legalSource());
    }

    @Test
    void bangKhenCuaChuTichUyBanNhanDanTinh() {
        AwardRule r = rule("PROVINCIAL_CERTIFICATE_OF_MERIT");
        assertFalse(r.councilVote());
        assertEquals(List.of(DossierKind.SUBMISSION_MEMO, DossierKind.ACHIEVEMENT_REPORT), r.requiredDocuments());
        assertEquals(0, new BigDecimal("2.0").compareTo(r.cashMultiple(RecipientKind.COLLECTIVE)));
        assertEquals(0, new BigDecimal("1.0").compareTo(r.cashMultiple(RecipientKind.HOUSEHOLD)));
        assertEquals("Luật Thi đua, khen thưởng 2022, Điều 74", r.legalSource());
    }

    @Test
    void aFileThatDoesNotFollowTheSchemaIsRefusedNamingThePlace() throws IOException {
        String good = new String(
                NationalRuleSets.class
                        .getClassLoader()
                        .getResourceAsStream("rules/nd-152-2025.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        String badKind = good.replaceFirst("\"TASK_RATING_AT_LEAST\"", "\"TASK_RATING_AT_MOST\"");
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> NationalRuleSets.parse(
                        "rules/broken.json", new ByteArrayInputStream(badKind.getBytes(StandardCharsets.UTF_8))));
        assertTrue(refused.getMessage().contains("rules/broken.json"), refused.getMessage());
        assertTrue(refused.getMessage().contains("$.rules[0].prerequisites[0].kind"), refused.getMessage());

        String noSource = good.replaceFirst(",\\s*\"legalSource\": \"Luật Thi đua, khen thưởng 2022, Điều 24\"", "");
        refused = assertThrows(
                IllegalStateException.class,
                () -> NationalRuleSets.parse(
                        "rules/broken.json", new ByteArrayInputStream(noSource.getBytes(StandardCharsets.UTF_8))));
        assertTrue(
                refused.getMessage().contains("legalSource"),
                "every condition names its article: " + refused.getMessage());

        String councilWithoutThreshold = good.replaceFirst("\"threshold\": 80", "\"threshold\": null");
        assertThrows(
                IllegalStateException.class,
                () -> NationalRuleSets.parse(
                        "rules/broken.json",
                        new ByteArrayInputStream(councilWithoutThreshold.getBytes(StandardCharsets.UTF_8))),
                "a council vote needs its threshold");
    }
}
