package vn.thidua.award.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Dossiers;
import vn.thidua.award.Kontum;
import vn.thidua.platform.testing.TestClock;

@QuarkusTest
class NominationResourceTest {

    static final int YEAR = TestClock.today().getYear() - 1;

    @Test
    void aNominationWithoutRegistrationShowsWhyAndWhereTheLawSaysSoAndPassesAppraisalOnlyWithARecordedReason()
            throws Exception {
        Kontum k = Kontum.create();
        UUID division = k.divisions().get(0);
        String person =
                k.person(k.unitOfficer(0), division, "Trần Văn Nam", "MALE", Map.of(YEAR, "EXCELLENT"), List.of());
        String id = Dossiers.draft(
                k.unitOfficer(0), Dossiers.forPerson(division, person, "GRASSROOTS_EMULATION_FIGHTER", YEAR));
        JsonPath draft = given().auth()
                .oauth2(k.unitOfficer(0))
                .get("/api/v1/nominations/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("eligibility.eligible", equalTo(false))
                .extract()
                .jsonPath();
        Map<String, Object> registration = draft.getMap("eligibility.outcomes.find { it.code == 'REGISTRATION' }");
        assertThat(
                (String) registration.get("message"),
                equalTo("Chưa đăng ký danh hiệu Chiến sĩ thi đua cơ sở năm " + YEAR
                        + ": không đăng ký thi đua thì không xét tặng danh hiệu"));
        assertThat((String) registration.get("legalSource"), equalTo("Nghị định 152/2025/NĐ-CP, Điều 3"));

        // a draft is neither appraised nor voted on: the step is refused, with the nomination's state (not a 500)
        Map<String, Object> early =
                new HashMap<>(Map.of("pass", true, "note", "Sớm", "version", Dossiers.version(k.secretariat(), id)));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(early)
                .put("/api/v1/nominations/{id}/appraisal", id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("DRAFT"));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "heldOn",
                        YEAR + 1 + "-01-12",
                        "members",
                        15,
                        "votesCast",
                        14,
                        "approvals",
                        11,
                        "writtenVotes",
                        2,
                        "version",
                        Dossiers.version(k.secretariat(), id)))
                .put("/api/v1/nominations/{id}/council-vote", id)
                .then()
                .statusCode(422)
                .body("detail", containsString("DRAFT"));

        Dossiers.submit(k.unitOfficer(0), id);
        int version = Dossiers.version(k.secretariat(), id);
        version = given().auth()
                .oauth2(k.secretariat())
                .queryParam("version", version)
                .post("/api/v1/nominations/{id}/appraisal", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_APPRAISAL"))
                .extract()
                .path("version");
        Map<String, Object> pass = new HashMap<>(Map.of("pass", true, "note", "Hồ sơ đầy đủ", "version", version));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(pass)
                .put("/api/v1/nominations/{id}/appraisal", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("overrideReason"));
        pass.put("overrideReason", "Đơn vị đã đăng ký bằng văn bản số 15/ĐK-PC02 ngày 10/01, chưa nhập vào hệ thống");
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(pass)
                .put("/api/v1/nominations/{id}/appraisal", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_VOTE"))
                .body("overrideReason", startsWith("Đơn vị đã đăng ký"))
                .body("overrideBy", equalTo("btdkt.officer"));

        // a paper ballot of 15 members, 2 of them in writing: 11 agree, under the 80% of all members the rule asks
        Map<String, Object> ballot = Map.of(
                "heldOn",
                YEAR + 1 + "-01-12",
                "members",
                15,
                "votesCast",
                14,
                "approvals",
                11,
                "writtenVotes",
                2,
                "version",
                Dossiers.version(k.secretariat(), id));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(ballot)
                .put("/api/v1/nominations/{id}/council-vote", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_RECOMMENDED"))
                .body("vote.statement", equalTo("11 / 15 thành viên hội đồng = 73,3% < 80% → không đạt"))
                .body("closingReason", containsString("73,3%"));
    }

    @Test
    void aProvincialEmulationFighterPassesOnlyWithThreeConsecutiveGrassrootsTitlesInTheRegistry() throws Exception {
        Kontum k = Kontum.create();
        UUID division = k.divisions().get(1);
        List<Map<String, Object>> initiative = List.of(Map.of(
                "year",
                YEAR - 1,
                "title",
                "Phần mềm quản lý vi phạm giao thông qua camera",
                "level",
                "PROVINCE",
                "recognition",
                "Quyết định 88/QĐ-UBND"));
        String three =
                k.person(k.unitOfficer(1), division, "Nguyễn Văn Hùng", "MALE", Map.of(YEAR, "EXCELLENT"), initiative);
        String two =
                k.person(k.unitOfficer(1), division, "Lê Thị Mai", "FEMALE", Map.of(YEAR, "EXCELLENT"), initiative);
        for (int y = YEAR - 2; y <= YEAR; y++) {
            k.recorded(division, three, "GRASSROOTS_EMULATION_FIGHTER", y);
            if (y != YEAR - 1) {
                k.recorded(division, two, "GRASSROOTS_EMULATION_FIGHTER", y);
            }
        }
        given().auth()
                .oauth2(k.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId",
                        division,
                        "year",
                        YEAR,
                        "registeredOn",
                        YEAR + "-01-15",
                        "entries",
                        List.of(
                                Map.of("awardType", "PROVINCIAL_EMULATION_FIGHTER", "personId", three),
                                Map.of("awardType", "PROVINCIAL_EMULATION_FIGHTER", "personId", two))))
                .post("/api/v1/title-registrations")
                .then()
                .statusCode(201);

        String passing = Dossiers.draft(
                k.unitOfficer(1), Dossiers.forPerson(division, three, "PROVINCIAL_EMULATION_FIGHTER", YEAR));
        given().auth()
                .oauth2(k.unitOfficer(1))
                .get("/api/v1/nominations/{id}", passing)
                .then()
                .statusCode(200)
                .body("eligibility.eligible", equalTo(true))
                .body(
                        "eligibility.outcomes.find { it.code == 'CONSECUTIVE_TITLES' }.message",
                        equalTo("Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục " + (YEAR - 2) + "–" + YEAR
                                + " (theo sổ vàng)"));
        String failing = Dossiers.draft(
                k.unitOfficer(1), Dossiers.forPerson(division, two, "PROVINCIAL_EMULATION_FIGHTER", YEAR));
        given().auth()
                .oauth2(k.unitOfficer(1))
                .get("/api/v1/nominations/{id}", failing)
                .then()
                .statusCode(200)
                .body("eligibility.eligible", equalTo(false))
                .body(
                        "eligibility.outcomes.find { it.code == 'CONSECUTIVE_TITLES' }.message",
                        containsString("sổ vàng thiếu năm " + (YEAR - 1)))
                .body(
                        "eligibility.outcomes.find { it.code == 'CONSECUTIVE_TITLES' }.legalSource",
                        equalTo("Luật Thi đua, khen thưởng 2022, Điều 22"));

        Dossiers.submit(k.unitOfficer(1), passing);
        assertThat(Dossiers.appraise(k.secretariat(), passing, true, null), equalTo("AWAITING_VOTE"));
        Map<String, Object> ballot = Map.of(
                "heldOn",
                YEAR + 1 + "-01-12",
                "members",
                15,
                "votesCast",
                15,
                "approvals",
                14,
                "version",
                Dossiers.version(k.secretariat(), passing));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(ballot)
                .put("/api/v1/nominations/{id}/council-vote", passing)
                .then()
                .statusCode(200)
                .body("status", equalTo("RECOMMENDED"))
                .body("vote.statement", equalTo("14 / 15 thành viên hội đồng = 93,3% ≥ 90% → đạt"));
    }

    @Test
    void nominationsThatBreakARuleAreRefusedNamingTheField() throws Exception {
        Kontum k = Kontum.create();
        UUID division = k.divisions().get(0);
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Dossiers.forUnit(division, division, "GRASSROOTS_EMULATION_FIGHTER", YEAR))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("awardType"))
                .body("errors[0].message", equalTo("Chiến sĩ thi đua cơ sở không xét tặng cho tập thể"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Dossiers.forUnit(division, k.divisions().get(1), "PROVINCIAL_CERTIFICATE_OF_MERIT", YEAR))
                .post("/api/v1/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nomineeUnitId"))
                .body("errors[0].message", containsString("không thuộc phạm vi của đơn vị đề nghị"));

        String id = Dossiers.draft(
                k.unitOfficer(0), Dossiers.forUnit(division, division, "PROVINCIAL_CERTIFICATE_OF_MERIT", YEAR));
        Dossiers.attach(k.unitOfficer(0), id, "SUBMISSION_MEMO");
        given().auth()
                .oauth2(k.unitOfficer(0))
                .post("/api/v1/nominations/{id}/submit", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .queryParam("version", "một")
                .post("/api/v1/nominations/{id}/submit", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().queryParam("year", "năm nay")
                .get("/api/v1/honours/statistics")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .queryParam("page", "đầu")
                .get("/api/v1/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .queryParam("version", Dossiers.version(k.unitOfficer(0), id))
                .post("/api/v1/nominations/{id}/submit", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("documents"))
                .body("errors[0].message", equalTo("hồ sơ còn thiếu: báo cáo thành tích"));

        // the province's own regulation: a year's dossiers are due by 31 January of the next year
        Map<String, Object> rules =
                k.localRules("KT-HAN-" + UUID.randomUUID().toString().substring(0, 4), "2020-01-01", "--01-31");
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(rules)
                .post("/api/v1/rule-sets")
                .then()
                .statusCode(201);
        String late = Dossiers.draft(
                k.unitOfficer(0), Dossiers.forUnit(division, division, "PROVINCIAL_CERTIFICATE_OF_MERIT", YEAR - 1));
        Dossiers.attach(k.unitOfficer(0), late, "SUBMISSION_MEMO", "ACHIEVEMENT_REPORT");
        given().auth()
                .oauth2(k.unitOfficer(0))
                .queryParam("version", Dossiers.version(k.unitOfficer(0), late))
                .post("/api/v1/nominations/{id}/submit", late)
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("Đã quá hạn nộp hồ sơ đề nghị khen thưởng năm " + (YEAR - 1) + " (hạn cuối 31/01/"
                                + YEAR + " theo quy định)"));
    }
}
