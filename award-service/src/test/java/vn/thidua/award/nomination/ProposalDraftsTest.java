package vn.thidua.award.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;
import vn.thidua.platform.testing.EventWriter;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.replicas.testing.Directory;

/** Drafts that arrive by event: a bloc's confirmed ranking, a campaign's final review. */
@QuarkusTest
class ProposalDraftsTest {

    static final int YEAR = TestClock.today().getYear();

    @Test
    void aBlocsConfirmedRankingDraftsTheFlagForTheLeaderAndCertificatesForTheOthersOnce() throws Exception {
        Kontum k = Kontum.create();
        UUID bloc = Directory.bloc("Khối thi đua số 3", k.province());
        UUID[] units = {
            k.police(), k.district(), k.divisions().get(0), k.divisions().get(1)
        };
        String ranking = """
                {"roundId":"%s","blocId":"%s","blocName":"Khối thi đua số 3","year":%d,"covenantId":"%s","confirmedBy":"congan.leader",
                 "confirmedAt":"%d-12-20T09:00:00+07:00","ranking":[
                  {"unitId":"%s","unitName":"Công an tỉnh","rank":1,"tied":false,"score":98.5,"proposal":"EMULATION_FLAG"},
                  {"unitId":"%s","unitName":"UBND huyện Đắk Hà","rank":2,"tied":false,"score":97.0,"proposal":"CERTIFICATE_OF_MERIT"},
                  {"unitId":"%s","unitName":"Phòng Cảnh sát hình sự","rank":3,"tied":true,"score":96.25,"proposal":"CERTIFICATE_OF_MERIT"},
                  {"unitId":"%s","unitName":"Phòng Cảnh sát giao thông","rank":3,"tied":true,"score":96.25,"proposal":null}]}""".formatted(
                        UUID.randomUUID(), bloc, YEAR, UUID.randomUUID(), YEAR, units[0], units[1], units[2], units[3]);
        String event = EventWriter.envelope(
                UUID.randomUUID().toString(),
                "/thidua/bloc-service",
                "vn.thidua.bloc.ranking-confirmed.v1",
                bloc,
                ranking);
        EventWriter.send("thidua.blocs.v1", bloc, event);
        EventWriter.send("thidua.blocs.v1", bloc, event);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().auth()
                                .oauth2(k.secretariat())
                                .queryParam("origin", "BLOC")
                                .queryParam("unitId", k.divisions().get(0))
                                .get("/api/v1/nominations")
                                .then()
                                .extract()
                                .<Integer>path("total")
                        == 1);
        JsonPath drafts = given().auth()
                .oauth2(k.secretariat())
                .queryParam("origin", "BLOC")
                .queryParam("year", YEAR)
                .queryParam("size", 50)
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> ours = drafts.getList(
                "items.findAll { it.originTitle == 'Khối thi đua số 3' && [%s].contains(it.nomineeUnitId) }.awardType"
                        .formatted(String.join(
                                ",",
                                Arrays.stream(units).map(u -> "'" + u + "'").toList())));
        assertThat(
                ours,
                containsInAnyOrder(
                        "PROVINCIAL_EMULATION_FLAG",
                        "PROVINCIAL_CERTIFICATE_OF_MERIT",
                        "PROVINCIAL_CERTIFICATE_OF_MERIT"));

        String flag = given().auth()
                .oauth2(k.secretariat())
                .queryParam("origin", "BLOC")
                .queryParam("unitId", k.police())
                .queryParam("awardType", "PROVINCIAL_EMULATION_FLAG")
                .get("/api/v1/nominations")
                .then()
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", flag)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("proposerUnitId", equalTo(k.province().toString()))
                .body("originRank", equalTo(1))
                .body("eligibility.outcomes.find { it.code == 'BLOC_PROPOSAL' }.passed", equalTo(true))
                .body("eligibility.outcomes.find { it.code == 'QUOTA' }.passed", equalTo(true));
    }

    @Test
    void aCampaignsFinalReviewDraftsItsExemplarsAndKeepsAnAwardItCannotMatch() throws Exception {
        Kontum k = Kontum.create();
        UUID campaign = UUID.randomUUID();
        String review = """
                {"reviewId":"%s","campaignId":"%s","organizingUnitId":"%s","campaignTitle":"Đợt thi đua 110 năm thành lập tỉnh",
                 "documentNumber":"3337/KH-CAT-PX03","kind":"FINAL","title":"Tổng kết đợt thi đua","heldOn":"%d-02-15",
                 "exemplars":[
                  {"kind":"COLLECTIVE","unitId":"%s","unitName":"Phòng Cảnh sát hình sự","personName":null,"personPosition":null,
                   "citation":"Triệt phá 5 chuyên án ma túy","awardType":"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"},
                  {"kind":"INDIVIDUAL","unitId":"%s","unitName":"Phòng Cảnh sát giao thông","personName":"Y Sơn","personPosition":"Đội trưởng",
                   "citation":"Xây dựng mô hình camera an ninh","awardType":"Giấy khen của Giám đốc Công an tỉnh"}],
                 "plannedAwards":[]}""".formatted(
                        UUID.randomUUID(),
                        campaign,
                        k.police(),
                        YEAR,
                        k.divisions().get(0),
                        k.divisions().get(1));
        EventWriter.send(
                "thidua.campaigns.v1",
                campaign,
                "/thidua/campaign-service",
                "vn.thidua.campaign.review-closed.v1",
                review);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().auth()
                                .oauth2(k.secretariat())
                                .queryParam("origin", "CAMPAIGN")
                                .queryParam("unitId", k.police())
                                .get("/api/v1/nominations")
                                .then()
                                .extract()
                                .<Integer>path("total")
                        == 2);
        given().auth()
                .oauth2(k.secretariat())
                .queryParam("origin", "CAMPAIGN")
                .queryParam("unitId", k.divisions().get(0))
                .get("/api/v1/nominations")
                .then()
                .body("items[0].awardType", equalTo("PROVINCIAL_CERTIFICATE_OF_MERIT"))
                .body("items[0].originTitle", equalTo("Đợt thi đua 110 năm thành lập tỉnh"));
        given().auth()
                .oauth2(k.secretariat())
                .queryParam("origin", "CAMPAIGN")
                .queryParam("unitId", k.divisions().get(1))
                .get("/api/v1/nominations")
                .then()
                .body("items[0].nomineeName", equalTo("Y Sơn"))
                .body("items[0].awardType", nullValue())
                .body("items[0].requestedAward", equalTo("Giấy khen của Giám đốc Công an tỉnh"));
    }
}
