package vn.thidua.award.voting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Dossiers;
import vn.thidua.award.Kontum;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.testing.PdfLayout;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TopicRecords;
import vn.thidua.platform.time.VietnamClock;

@QuarkusTest
class CouncilSessionTest {

    static final int YEAR = TestClock.today().getYear() - 1;
    static final String OVERRIDE = "Đơn vị đã đăng ký bằng văn bản, chưa nhập vào hệ thống";

    @Test
    void fifteenMembersTwoInWritingDecideThreeNominationsUnderTheirAwardsThresholdsOverAllMembers() throws Exception {
        Kontum k = Kontum.create();
        Councils c = Councils.of(k, 15);
        String fighterA = awaitingVote(k, "GRASSROOTS_EMULATION_FIGHTER", "Trần Văn Nam");
        String provincial = awaitingVote(k, "PROVINCIAL_EMULATION_FIGHTER", "Nguyễn Thị Hương");
        String fighterB = awaitingVote(k, "GRASSROOTS_EMULATION_FIGHTER", "Y Bhin");

        JsonPath session = open(
                        c.secretary(),
                        council(
                                c,
                                "Phiên họp Hội đồng xét danh hiệu năm " + YEAR,
                                List.of(approval(fighterA), approval(provincial), approval(fighterB))))
                .then()
                .statusCode(201)
                .body("electorate", equalTo(15))
                .body("quorumNeeded", equalTo(10))
                .body("questions[0].rule", equalTo("≥ 80% tổng số thành viên hội đồng"))
                .body("questions[1].rule", equalTo("≥ 90% tổng số thành viên hội đồng"))
                .body("questions[1].title", containsString("Chiến sĩ thi đua cấp tỉnh"))
                .body("briefs.'" + provincial + "'.nomineeName", equalTo("Nguyễn Thị Hương"))
                .extract()
                .jsonPath();
        String id = session.getString("id");
        List<String> q = session.getList("questions.id");
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", fighterA)
                .then()
                .body("votingSessionId", equalTo(id))
                .body("actions.recordVote", equalTo(false))
                .body("actions.withdraw", equalTo(false));

        // 13 present: all agree on the first; 13 on the second (short of 90%); 10 on the third
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            receipts.add(cast(
                            c.member(i),
                            id,
                            in(
                                    q.get(0),
                                    "AGREE",
                                    q.get(1),
                                    "AGREE",
                                    q.get(2),
                                    i < 10 ? "AGREE" : i < 12 ? "DISAGREE" : "ABSTAIN"))
                    .then()
                    .statusCode(201)
                    .body("round", equalTo(1))
                    .extract()
                    .path("receipt"));
        }
        // the two absent members' written votes, entered by the secretary
        JsonPath roll = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .statusCode(200)
                .body("electors", hasSize(15))
                .extract()
                .jsonPath();
        for (int i = 13; i < 15; i++) {
            String elector = roll.getString("electors.find { it.name == '" + Councils.NAMES[i] + "' }.id");
            Map<String, Object> written = Map.of(
                    "electorId",
                    elector,
                    "answers",
                    answers(in(q.get(0), "AGREE", q.get(1), "DISAGREE", q.get(2), "AGREE")));
            receipts.add(given().auth()
                    .oauth2(c.secretary())
                    .contentType(ContentType.JSON)
                    .body(written)
                    .post("/api/v1/voting-sessions/{id}/written-ballots", id)
                    .then()
                    .statusCode(201)
                    .body("written", equalTo(true))
                    .extract()
                    .path("receipt"));
        }
        given().auth()
                .oauth2(c.member(4))
                .get("/api/v1/voting-sessions/{id}/progress", id)
                .then()
                .statusCode(200)
                .body("voted", equalTo(15))
                .body("electorate", equalTo(15))
                .body("written", equalTo(2))
                .body("present", equalTo(13))
                .body("quorumReached", equalTo(true));
        given().auth()
                .oauth2(c.member(4))
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .statusCode(200)
                .body("questions[0].result", nullValue())
                .body("me.voted", equalTo(true))
                .body("me.canVote", equalTo(false))
                .body("electors", hasSize(0));
        given().get("/api/v1/voting-sessions/{id}/result", id).then().statusCode(422);

        int version = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .extract()
                .path("version");
        given().auth()
                .oauth2(c.secretary())
                .queryParam("version", version)
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("questions[0].result.statement", equalTo("15 / 15 thành viên hội đồng = 100% ≥ 80% → đạt"))
                .body("questions[1].result.statement", equalTo("13 / 15 thành viên hội đồng = 86,7% < 90% → không đạt"))
                .body("questions[2].result.statement", equalTo("12 / 15 thành viên hội đồng = 80% ≥ 80% → đạt"))
                .body("questions[2].result.written", equalTo(2));

        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", fighterA)
                .then()
                .body("status", equalTo("RECOMMENDED"))
                .body("vote.sessionId", equalTo(id))
                .body("vote.writtenVotes", equalTo(2))
                .body("vote.members", equalTo(15))
                .body("votingSessionId", nullValue());
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", provincial)
                .then()
                .body("status", equalTo("NOT_RECOMMENDED"))
                .body("closingReason", containsString("86,7% < 90%"));
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", fighterB)
                .then()
                .body("status", equalTo("RECOMMENDED"));

        // anyone recounts the published result from the receipts, and finds their own ballot
        JsonPath result = given().get("/api/v1/voting-sessions/{id}/result", id)
                .then()
                .statusCode(200)
                .body("rounds[0].ballots", hasSize(15))
                .body("rounds[0].written", equalTo(2))
                .extract()
                .jsonPath();
        for (int j = 0; j < 3; j++) {
            String question = q.get(j);
            for (String answer : List.of("AGREE", "DISAGREE", "ABSTAIN")) {
                long recounted = result.getList("rounds[0].ballots.choices.'" + question + "'", List.class).stream()
                        .filter(choices -> choices.contains(answer))
                        .count();
                assertEquals(
                        result.getInt("rounds[0].questions[" + j + "].result.counts.find { it.key == '" + answer
                                + "' }.votes"),
                        (int) recounted);
            }
        }
        assertTrue(result.getList("rounds[0].ballots.receipt").containsAll(receipts));
        assertEquals(
                List.of("AGREE"),
                result.getList("rounds[0].ballots.find { it.receipt == '" + receipts.get(12) + "' }.choices.'"
                        + q.get(0) + "'"));

        byte[] pdf = given().auth()
                .oauth2(c.chair())
                .get("/api/v1/voting-sessions/{id}/minutes.pdf", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("BIÊN BẢN"), text);
            assertTrue(text.contains("Huỳnh Văn Phúc, Mai Thị Lan"), text);
            assertTrue(text.contains("86,7% < 90% → không đạt"), text);
            assertTrue(text.contains("THƯ KÝ HỘI ĐỒNG"), text);
            PdfLayout.assertAdministrativeFormat(pdf, AdministrativeDocument.written(LocalDate.now(VietnamClock.ZONE)));
        }
        byte[] docx = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}/minutes.docx", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertTrue(word.getText().contains("12 / 15 thành viên hội đồng = 80% ≥ 80% → đạt"));
        }

        List<ConsumerRecord<String, String>> closed = TopicRecords.read(
                AwardEvents.TOPIC,
                read -> read.stream()
                        .anyMatch(r -> id.equals(r.key()) && r.value().contains(VotingEvents.SESSION_CLOSED)),
                Duration.ofSeconds(20));
        assertTrue(closed.stream()
                .filter(r -> id.equals(r.key()))
                .anyMatch(r -> r.value().contains("86,7% < 90%")));
        TopicRecords.read(
                AwardEvents.TOPIC,
                read -> read.stream()
                        .anyMatch(r ->
                                fighterA.equals(r.key()) && r.value().contains("vn.thidua.nomination.recommended.v1")),
                Duration.ofSeconds(20));
    }

    @Test
    void ballotsThatBreakTheRulesAreRefusedNamingTheReason() throws Exception {
        Kontum k = Kontum.create();
        Councils c = Councils.of(k, 6);
        String draft = Dossiers.draft(
                k.unitOfficer(0),
                Dossiers.forPerson(
                        k.divisions().get(0),
                        k.person(
                                k.unitOfficer(0),
                                k.divisions().get(0),
                                "Lê Văn Sáu",
                                "MALE",
                                Map.of(YEAR, "EXCELLENT"),
                                List.of()),
                        "GRASSROOTS_EMULATION_FIGHTER",
                        YEAR));
        open(c.secretary(), council(c, "Phiên xét thi đua", List.of(approval(draft))))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("questions[0].nominationId"))
                .body("errors[0].message", containsString("chưa qua thẩm định"));
        String nomination = awaitingVote(k, "GRASSROOTS_EMULATION_FIGHTER", "Lê Văn Bảy");
        open(c.member(3), council(c, "Phiên xét thi đua", List.of(approval(nomination))))
                .then()
                .statusCode(403);

        String id = open(
                        c.secretary(),
                        council(
                                c,
                                "Phiên xét thi đua",
                                List.of(
                                        approval(nomination),
                                        Map.of(
                                                "kind",
                                                "CHOOSE_UP_TO",
                                                "title",
                                                "Chọn tối đa 2 tập thể tiêu biểu",
                                                "maxChoices",
                                                2,
                                                "options",
                                                List.of(
                                                        Map.of("label", "Phòng Cảnh sát hình sự"),
                                                        Map.of("label", "Phòng Cảnh sát giao thông"),
                                                        Map.of("label", "Công an thành phố Kon Tum"))))))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> q = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .extract()
                .path("questions.id");

        cast(c.member(2), id, in(q.get(0), List.of("AGREE"), q.get(1), List.of("o1", "o2", "o3")))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers[1].choices"))
                .body("errors[0].message", containsString("tối đa 2"));
        cast(c.member(2), id, in(q.get(0), List.of("AGREE", "DISAGREE"), q.get(1), List.of()))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers[0].choices"));
        cast(c.member(2), id, in(q.get(0), List.of("AGREE")))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers"));
        String outsider = vn.thidua.platform.testing.TestTokens.user("not.a.member")
                .roles("council-member")
                .unit(k.province())
                .get();
        cast(outsider, id, in(q.get(0), List.of("AGREE"), q.get(1), List.of("o1")))
                .then()
                .statusCode(403)
                .body("detail", containsString("không có tên"));
        cast(c.member(2), id, in(q.get(0), List.of("AGREE"), q.get(1), List.of("o1")))
                .then()
                .statusCode(201);
        cast(c.member(2), id, in(q.get(0), List.of("DISAGREE"), q.get(1), List.of("o2")))
                .then()
                .statusCode(409);

        // 2 of 6 present, a third in writing: under the 2/3 quorum (4), whatever is written
        String elector = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .extract()
                .path("electors.find { it.name == '" + Councils.NAMES[5] + "' }.id");
        given().auth()
                .oauth2(c.secretary())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electorId",
                        elector,
                        "answers",
                        answers(in(q.get(0), List.of("AGREE"), q.get(1), List.of("o3")))))
                .post("/api/v1/voting-sessions/{id}/written-ballots", id)
                .then()
                .statusCode(201);
        cast(c.member(3), id, in(q.get(0), List.of("AGREE"), q.get(1), List.of()))
                .then()
                .statusCode(201);
        int version = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .extract()
                .path("version");
        given().auth()
                .oauth2(c.secretary())
                .queryParam("version", version)
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(422)
                .body("detail", containsString("2 / 6 thành viên hội đồng có mặt bỏ phiếu, cần ít nhất 4 (2/3)"));

        cast(c.member(4), id, in(q.get(0), List.of("AGREE"), q.get(1), List.of("o1")))
                .then()
                .statusCode(201);
        cast(c.member(0), id, in(q.get(0), List.of("DISAGREE"), q.get(1), List.of("o2")))
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(c.secretary())
                .queryParam("version", version)
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(200)
                .body("questions[1].result.chosen", equalTo(List.of()))
                .body("questions[1].result.counts.find { it.key == 'o1' }.votes", equalTo(2));
        cast(c.member(5), id, in(q.get(0), List.of("AGREE"), q.get(1), List.of("o1")))
                .then()
                .statusCode(422)
                .body("detail", containsString("không nhận thêm phiếu"));
    }

    @Test
    void aSessionTakesBallotsOnlyInItsWindowAndTwoDevicesAtOnceGiveOneBallot() throws Exception {
        Kontum k = Kontum.create();
        Councils c = Councils.of(k, 5);
        Map<String, Object> later = new HashMap<>(council(
                c,
                "Phiên họp buổi chiều",
                List.of(Map.of("kind", "APPROVAL", "title", "Thông qua danh sách đề nghị Bằng khen đợt 2"))));
        later.put("opensAt", OffsetDateTime.now().plusHours(2).toString());
        later.put("closesAt", OffsetDateTime.now().plusHours(4).toString());
        String afternoon =
                open(c.secretary(), later).then().statusCode(201).extract().path("id");
        String question = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", afternoon)
                .then()
                .extract()
                .path("questions[0].id");
        cast(c.member(2), afternoon, in(question, "AGREE"))
                .then()
                .statusCode(422)
                .body("detail", containsString("chỉ nhận phiếu từ"));

        String now = open(
                        c.secretary(),
                        council(
                                c,
                                "Phiên họp buổi sáng",
                                List.of(Map.of(
                                        "kind", "APPROVAL", "title", "Thông qua danh sách đề nghị Bằng khen đợt 1"))))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String q = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", now)
                .then()
                .extract()
                .path("questions[0].id");
        String token = c.member(3);
        ExecutorService devices = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submissions.add(() -> cast(token, now, in(q, "AGREE")).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : devices.invokeAll(submissions)) {
            statuses.add(f.get());
        }
        devices.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}/progress", now)
                .then()
                .body("voted", equalTo(1));
    }

    @Test
    void aCountWhileBallotsGoInHoldsEveryReceiptItGaveAndRefusesTheRest() throws Exception {
        Kontum k = Kontum.create();
        Councils c = Councils.of(k, 15);
        String id = open(
                        c.secretary(),
                        council(
                                c,
                                "Phiên biểu quyết cuối buổi",
                                List.of(Map.of("kind", "APPROVAL", "title", "Thông qua danh sách đề nghị Cờ thi đua"))))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String q = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .extract()
                .path("questions[0].id");
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            receipts.add(cast(c.member(i), id, in(q, "AGREE"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("receipt"));
        }
        int version = given().auth()
                .oauth2(c.secretary())
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .extract()
                .path("version");

        // the last five vote while the secretary counts: each ballot is either in the count or refused
        ExecutorService room = Executors.newFixedThreadPool(6);
        List<Callable<Response>> acts = new ArrayList<>();
        for (int i = 10; i < 15; i++) {
            String member = c.member(i);
            acts.add(() -> cast(member, id, in(q, "DISAGREE")));
        }
        acts.add(() -> given().auth()
                .oauth2(c.secretary())
                .queryParam("version", version)
                .post("/api/v1/voting-sessions/{id}/close", id));
        List<Response> answers = new ArrayList<>();
        for (Future<Response> f : room.invokeAll(acts)) {
            answers.add(f.get());
        }
        room.shutdown();
        assertEquals(200, answers.get(5).statusCode(), answers.get(5).asString());
        int late = 0;
        for (Response r : answers.subList(0, 5)) {
            if (r.statusCode() == 201) {
                receipts.add(r.path("receipt"));
            } else {
                assertEquals(422, r.statusCode(), r.asString());
                assertTrue(r.<String>path("detail").contains("không nhận thêm phiếu"), r.asString());
                late++;
            }
        }
        JsonPath result = given().get("/api/v1/voting-sessions/{id}/result", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                receipts.stream().sorted().toList(),
                result.<String>getList("rounds[0].ballots.receipt").stream()
                        .sorted()
                        .toList());
        assertEquals(15 - late, result.getInt("rounds[0].ballotsCast"));
    }

    static String awaitingVote(Kontum k, String awardType, String name) throws Exception {
        UUID division = k.divisions().get(0);
        String person = k.person(k.unitOfficer(0), division, name, "MALE", Map.of(YEAR, "EXCELLENT"), List.of());
        String id = Dossiers.draft(k.unitOfficer(0), Dossiers.forPerson(division, person, awardType, YEAR));
        Dossiers.submit(k.unitOfficer(0), id);
        assertEquals("AWAITING_VOTE", Dossiers.appraise(k.secretariat(), id, true, OVERRIDE));
        return id;
    }

    static Map<String, Object> council(Councils c, String title, List<Map<String, Object>> questions) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COUNCIL");
        body.put("councilId", c.id());
        body.put("title", title);
        body.put("opensAt", OffsetDateTime.now().minusMinutes(1).toString());
        body.put("closesAt", OffsetDateTime.now().plusHours(2).toString());
        body.put("questions", questions);
        return body;
    }

    static Map<String, Object> approval(String nomination) {
        return Map.of("kind", "APPROVAL", "nominationId", nomination);
    }

    static Response open(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/voting-sessions");
    }

    /** A ballot: question id → one answer key, or the list of chosen keys; answered in the map's order. */
    static Response cast(String token, String session, Map<String, ?> choices) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", answers(choices)))
                .post("/api/v1/voting-sessions/{id}/ballots", session);
    }

    /** Question id, answer, question id, answer…, kept in that order. */
    static Map<String, Object> in(Object... pairs) {
        Map<String, Object> ordered = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ordered.put((String) pairs[i], pairs[i + 1]);
        }
        return ordered;
    }

    static List<Map<String, Object>> answers(Map<String, ?> choices) {
        List<Map<String, Object>> answers = new ArrayList<>();
        choices.forEach((question, choice) -> answers.add(
                Map.of("questionId", question, "choices", choice instanceof List<?> list ? list : List.of(choice))));
        return answers;
    }
}
