package vn.thidua.award.voting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.testing.EventWriter;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TestTokens;
import vn.thidua.platform.testing.TopicRecords;
import vn.thidua.replicas.testing.Directory;

/** A bloc's year-end vote: one ballot per member unit, cast by its leader. */
@QuarkusTest
class BlocSessionTest {

    static final int YEAR = TestClock.today().getYear();

    record Bloc(Kontum k, UUID id, List<UUID> units) {

        String leader(int i) {
            return TestTokens.user("lanhdao." + units.get(i))
                    .name("Lãnh đạo đơn vị " + i)
                    .roles("unit-leader")
                    .unit(units.get(i))
                    .get();
        }

        String officer(int i) {
            return TestTokens.user("canbo." + units.get(i))
                    .name("Cán bộ đơn vị " + i)
                    .roles("unit-officer")
                    .unit(units.get(i))
                    .get();
        }
    }

    /** Nine member units; the first is this year's head, the second its deputy. */
    static Bloc bloc() throws Exception {
        Kontum k = Kontum.create();
        UUID bloc = Directory.bloc("Khối thi đua các cơ quan nội chính", k.province());
        List<UUID> units = new ArrayList<>();
        String[] names = {
            "Công an tỉnh",
            "Viện Kiểm sát nhân dân tỉnh",
            "Tòa án nhân dân tỉnh",
            "Thanh tra tỉnh",
            "Sở Tư pháp",
            "Cục Thi hành án dân sự tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            "Sở Nội vụ"
        };
        for (String name : names) {
            UUID unit = Directory.unit(name + " " + bloc.toString().substring(0, 4), k.province(), true);
            Directory.member(bloc, unit, LocalDate.of(YEAR, 1, 1));
            units.add(unit);
        }
        Directory.term(bloc, YEAR, units.get(0), units.get(1));
        return new Bloc(k, bloc, units);
    }

    @Test
    void theYearEndVoteProposesTheFlagChoosesThreeForCertificatesAndElectsTheHeadInASecondRound() throws Exception {
        Bloc b = bloc();
        List<Map<String, Object>> merit = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            merit.add(Map.of("unitId", b.units().get(i)));
        }
        Map<String, Object> body = session(
                b,
                "Hội nghị tổng kết công tác thi đua năm " + YEAR,
                List.of(
                        Map.of(
                                "kind",
                                "APPROVAL",
                                "unitId",
                                b.units().get(0),
                                "title",
                                "Suy tôn Công an tỉnh dẫn đầu khối, đề nghị tặng Cờ thi đua"),
                        Map.of(
                                "kind",
                                "CHOOSE_UP_TO",
                                "maxChoices",
                                3,
                                "title",
                                "Đề nghị Bằng khen của Chủ tịch UBND tỉnh (tối đa 3 đơn vị)",
                                "options",
                                merit),
                        Map.of(
                                "kind",
                                "ELECTION",
                                "role",
                                "HEAD",
                                "options",
                                List.of(
                                        Map.of("unitId", b.units().get(2)),
                                        Map.of("unitId", b.units().get(3)),
                                        Map.of("unitId", b.units().get(4)))),
                        Map.of(
                                "kind",
                                "ELECTION",
                                "role",
                                "DEPUTY",
                                "options",
                                List.of(
                                        Map.of("unitId", b.units().get(5)),
                                        Map.of("unitId", b.units().get(6))))));
        CouncilSessionTest.open(b.leader(3), body).then().statusCode(403).body("detail", containsString("Trưởng khối"));
        JsonPath opened = CouncilSessionTest.open(b.leader(0), body)
                .then()
                .statusCode(201)
                .body("electorate", equalTo(9))
                .body("quorumNeeded", equalTo(6))
                .body("questions[0].rule", equalTo("> 50% tổng số đơn vị thành viên"))
                .body("questions[2].title", equalTo("Bầu Trưởng khối năm " + (YEAR + 1)))
                .extract()
                .jsonPath();
        String id = opened.getString("id");
        List<String> q = opened.getList("questions.id");
        String[] units = b.units().stream().map(UUID::toString).toArray(String[]::new);

        CouncilSessionTest.cast(
                        b.officer(4),
                        id,
                        CouncilSessionTest.in(
                                q.get(0), "AGREE", q.get(1), List.of(), q.get(2), units[2], q.get(3), units[5]))
                .then()
                .statusCode(403)
                .body("detail", containsString("Chỉ lãnh đạo"));
        String stranger = TestTokens.user("lanhdao.ngoai")
                .roles("unit-leader")
                .unit(b.k().district())
                .get();
        CouncilSessionTest.cast(
                        stranger,
                        id,
                        CouncilSessionTest.in(
                                q.get(0), "AGREE", q.get(1), List.of(), q.get(2), units[2], q.get(3), units[5]))
                .then()
                .statusCode(403)
                .body("detail", containsString("không phải thành viên"));
        CouncilSessionTest.cast(
                        b.leader(8),
                        id,
                        CouncilSessionTest.in(
                                q.get(0),
                                "AGREE",
                                q.get(1),
                                List.of(units[1], units[2], units[3], units[4]),
                                q.get(2),
                                units[2],
                                q.get(3),
                                units[5]))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers[1].choices"));

        // round 1: the flag 8/9; certificates 1, 2, 3 chosen; head 4-3-2 (no majority); deputy 6-3
        String[][] head = {{"2", "2", "2", "2", "3", "3", "3", "4", "4"}};
        for (int i = 0; i < 9; i++) {
            CouncilSessionTest.cast(
                            b.leader(i),
                            id,
                            CouncilSessionTest.in(
                                    q.get(0),
                                    i == 8 ? "DISAGREE" : "AGREE",
                                    q.get(1),
                                    i < 7 ? List.of(units[1], units[2], units[3]) : List.of(units[4], units[5]),
                                    q.get(2),
                                    units[Integer.parseInt(head[0][i])],
                                    q.get(3),
                                    i < 6 ? units[5] : units[6]))
                    .then()
                    .statusCode(201);
        }
        CouncilSessionTest.cast(
                        b.leader(2),
                        id,
                        CouncilSessionTest.in(
                                q.get(0), "AGREE", q.get(1), List.of(), q.get(2), units[2], q.get(3), units[5]))
                .then()
                .statusCode(409)
                .body("detail", containsString("mỗi đơn vị một phiếu"));
        JsonPath counted = given().auth()
                .oauth2(b.leader(0))
                .queryParam("version", opened.getInt("version"))
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("RUNOFF_PENDING"))
                .body("questions[0].result.statement", equalTo("8 / 9 đơn vị thành viên = 88,9% > 50% → đạt"))
                .body("questions[1].result.chosen", equalTo(List.of(units[1], units[2], units[3])))
                .body("questions[2].result.outcome", equalTo("RUNOFF"))
                .body("questions[2].result.runoff", equalTo(List.of(units[2], units[3])))
                .body("questions[3].result.outcome", equalTo("DECIDED"))
                .extract()
                .jsonPath();

        // round 2 between the two leading candidates for head
        JsonPath second = given().auth()
                .oauth2(b.leader(0))
                .contentType("application/json")
                .body(Map.of(
                        "closesAt", OffsetDateTime.now().plusHours(1).toString(), "version", counted.getInt("version")))
                .post("/api/v1/voting-sessions/{id}/rounds", id)
                .then()
                .statusCode(200)
                .body("round", equalTo(2))
                .body("status", equalTo("OPEN"))
                .body("questions.findAll { it.round == 2 }", hasSize(1))
                .body(
                        "questions.find { it.round == 2 }.title",
                        equalTo("Bầu Trưởng khối năm " + (YEAR + 1) + " (vòng 2)"))
                .body("questions.find { it.round == 2 }.options.key", equalTo(List.of(units[2], units[3])))
                .extract()
                .jsonPath();
        String runoff = second.getString("questions.find { it.round == 2 }.id");
        for (int i = 0; i < 9; i++) {
            CouncilSessionTest.cast(b.leader(i), id, CouncilSessionTest.in(runoff, i < 6 ? units[3] : units[2]))
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(b.leader(0))
                .queryParam("version", second.getInt("version"))
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("questions.find { it.round == 2 }.result.chosen", equalTo(List.of(units[3])));

        List<ConsumerRecord<String, String>> decided = TopicRecords.read(
                AwardEvents.TOPIC,
                read -> read.stream()
                        .anyMatch(r -> id.equals(r.key()) && r.value().contains(VotingEvents.BLOC_ELECTION_DECIDED)),
                Duration.ofSeconds(20));
        String election = decided.stream()
                .filter(r -> id.equals(r.key()) && r.value().contains(VotingEvents.BLOC_ELECTION_DECIDED))
                .findFirst()
                .orElseThrow()
                .value();
        assertTrue(election.contains("\"headUnitId\":\"" + units[3] + "\""), election);
        assertTrue(election.contains("\"deputyUnitId\":\"" + units[5] + "\""), election);
        assertTrue(election.contains("\"year\":" + (YEAR + 1)), election);
        assertTrue(election.contains("\"headVotes\":6"), election);
        given().get("/api/v1/voting-sessions/{id}/result", id)
                .then()
                .statusCode(200)
                .body("rounds", hasSize(2))
                .body("rounds[1].ballots", hasSize(9));
    }

    @Test
    void aTieAfterTheLastRoundIsDecidedByTheHeadOrDeputyAndOnlyThenReported() throws Exception {
        Bloc b = bloc();
        Map<String, Object> body = new HashMap<>(session(
                b,
                "Bầu Trưởng khối, Phó khối năm " + (YEAR + 1),
                List.of(
                        Map.of(
                                "kind",
                                "ELECTION",
                                "role",
                                "HEAD",
                                "options",
                                List.of(
                                        Map.of("unitId", b.units().get(2)),
                                        Map.of("unitId", b.units().get(3)))),
                        Map.of(
                                "kind",
                                "ELECTION",
                                "role",
                                "DEPUTY",
                                "options",
                                List.of(
                                        Map.of("unitId", b.units().get(4)),
                                        Map.of("unitId", b.units().get(5)))))));
        body.put("maxRounds", 1);
        JsonPath opened = CouncilSessionTest.open(b.leader(0), body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = opened.getString("id");
        List<String> q = opened.getList("questions.id");
        String[] units = b.units().stream().map(UUID::toString).toArray(String[]::new);
        // 8 of 9 vote: head 4-4
        for (int i = 0; i < 8; i++) {
            CouncilSessionTest.cast(
                            b.leader(i),
                            id,
                            CouncilSessionTest.in(q.get(0), i < 4 ? units[2] : units[3], q.get(1), units[4]))
                    .then()
                    .statusCode(201);
        }
        JsonPath closed = given().auth()
                .oauth2(b.leader(0))
                .queryParam("version", opened.getInt("version"))
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("questions[0].result.outcome", equalTo("REFERRED"))
                .body("me.decidesTies", equalTo(true))
                .extract()
                .jsonPath();
        Map<String, Object> referral = Map.of(
                "chosen",
                List.of(units[3]),
                "note",
                "Biên bản họp Trưởng khối, Phó khối ngày " + TestClock.today() + ": luân phiên theo Quy chế khối",
                "version",
                closed.getInt("version"));
        given().auth()
                .oauth2(b.leader(1))
                .get("/api/v1/tasks/mine")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Quyết định khi bằng phiếu: Bầu Trưởng khối, Phó khối năm " + (YEAR + 1)));
        given().auth()
                .oauth2(b.leader(5))
                .contentType("application/json")
                .body(referral)
                .post("/api/v1/voting-sessions/{id}/questions/{q}/referral", id, q.get(0))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(b.leader(1))
                .contentType("application/json")
                .body(Map.of("chosen", List.of(units[4]), "note", "sai", "version", closed.getInt("version")))
                .post("/api/v1/voting-sessions/{id}/questions/{q}/referral", id, q.get(0))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("chosen"));
        given().auth()
                .oauth2(b.leader(1))
                .contentType("application/json")
                .body(referral)
                .post("/api/v1/voting-sessions/{id}/questions/{q}/referral", id, q.get(0))
                .then()
                .statusCode(200)
                .body("questions[0].referral.chosen", equalTo(List.of(units[3])))
                .body("questions[0].referral.note", containsString("luân phiên"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicRecords.read(
                                AwardEvents.TOPIC,
                                read -> read.stream()
                                        .anyMatch(r -> id.equals(r.key())
                                                && r.value().contains(VotingEvents.BLOC_ELECTION_DECIDED)),
                                Duration.ofSeconds(20))
                        .stream()
                        .anyMatch(
                                r -> id.equals(r.key()) && r.value().contains("\"headUnitId\":\"" + units[3] + "\"")));
    }

    @Test
    void theBlocsBallotOnItsOwnDraftsKeepsTheChosenAndWithdrawsTheOthers() throws Exception {
        Bloc b = bloc();
        String[] units = b.units().stream().map(UUID::toString).toArray(String[]::new);
        String ranking =
                """
                {"roundId":"%s","blocId":"%s","blocName":"Khối thi đua các cơ quan nội chính","year":%d,"covenantId":"%s",
                 "confirmedBy":"congan.leader","confirmedAt":"%d-12-20T09:00:00+07:00","ranking":[
                  {"unitId":"%s","unitName":"Công an tỉnh","rank":1,"tied":false,"score":98.5,"proposal":"EMULATION_FLAG"},
                  {"unitId":"%s","unitName":"Viện Kiểm sát","rank":2,"tied":false,"score":97.0,"proposal":"CERTIFICATE_OF_MERIT"},
                  {"unitId":"%s","unitName":"Tòa án","rank":3,"tied":false,"score":96.0,"proposal":"CERTIFICATE_OF_MERIT"}]}""".formatted(UUID.randomUUID(), b.id(), YEAR, UUID.randomUUID(), YEAR, units[0], units[1], units[2]);
        EventWriter.send(
                "thidua.blocs.v1", b.id(), "/thidua/bloc-service", "vn.thidua.bloc.ranking-confirmed.v1", ranking);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().auth()
                                .oauth2(b.k().secretariat())
                                .queryParam("origin", "BLOC")
                                .queryParam("year", YEAR)
                                .queryParam("size", 100)
                                .get("/api/v1/nominations")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList(
                                        "items.findAll { it.originTitle == 'Khối thi đua các cơ quan nội chính' && ['%s','%s','%s'].contains(it.nomineeUnitId) }"
                                                .formatted(units[0], units[1], units[2]))
                                .size()
                        == 3);
        JsonPath drafts = given().auth()
                .oauth2(b.k().secretariat())
                .queryParam("origin", "BLOC")
                .queryParam("year", YEAR)
                .queryParam("size", 100)
                .get("/api/v1/nominations")
                .then()
                .extract()
                .jsonPath();
        String flag = drafts.getString("items.find { it.nomineeUnitId == '" + units[0] + "' }.id");
        String second = drafts.getString("items.find { it.nomineeUnitId == '" + units[1] + "' }.id");
        String third = drafts.getString("items.find { it.nomineeUnitId == '" + units[2] + "' }.id");

        JsonPath opened = CouncilSessionTest.open(
                        b.leader(0),
                        session(
                                b,
                                "Bình xét đề nghị khen thưởng năm " + YEAR,
                                List.of(
                                        Map.of("kind", "APPROVAL", "nominationId", flag),
                                        Map.of(
                                                "kind",
                                                "CHOOSE_UP_TO",
                                                "maxChoices",
                                                1,
                                                "title",
                                                "Đề nghị Bằng khen (1 đơn vị)",
                                                "options",
                                                List.of(
                                                        Map.of("nominationId", second),
                                                        Map.of("nominationId", third))))))
                .then()
                .statusCode(201)
                .body("briefs.'" + flag + "'.awardTypeName", containsString("Cờ thi đua"))
                .extract()
                .jsonPath();
        String id = opened.getString("id");
        List<String> q = opened.getList("questions.id");
        for (int i = 0; i < 9; i++) {
            CouncilSessionTest.cast(
                            b.leader(i),
                            id,
                            CouncilSessionTest.in(q.get(0), "AGREE", q.get(1), List.of(i < 7 ? second : third)))
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(b.leader(0))
                .queryParam("version", opened.getInt("version"))
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(b.k().secretariat())
                .get("/api/v1/nominations/{id}", flag)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("blocBallot", equalTo("9 / 9 đơn vị thành viên = 100% > 50% → đạt"));
        given().auth()
                .oauth2(b.k().secretariat())
                .get("/api/v1/nominations/{id}", second)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("blocBallot", equalTo("7 / 9 đơn vị thành viên = 77,8% > 50% → đạt"));
        given().auth()
                .oauth2(b.k().secretariat())
                .get("/api/v1/nominations/{id}", third)
                .then()
                .body("status", equalTo("WITHDRAWN"))
                .body("closingReason", containsString("2 / 9 đơn vị thành viên = 22,2% ≤ 50%"));
    }

    static Map<String, Object> session(Bloc b, String title, List<Map<String, Object>> questions) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "BLOC");
        body.put("blocId", b.id());
        body.put("title", title);
        body.put("electionYear", YEAR + 1);
        body.put("opensAt", OffsetDateTime.now().minusMinutes(1).toString());
        body.put("closesAt", OffsetDateTime.now().plusHours(2).toString());
        body.put("questions", questions);
        return body;
    }
}
