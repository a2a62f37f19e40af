package vn.thidua.award.voting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;

/**
 * For random councils, attendances and ballots, cast through the API: the published receipts hold exactly the
 * ballots cast, the published tally equals a recount from them, and nothing in the ballot table joins a ballot
 * to a voter.
 */
@QuarkusTest
class SecretBallotTest {

    @Inject
    EntityManager em;

    @Test
    void theTallyEqualsTheRecountFromThePublishedReceiptsAndNoBallotJoinsAVoter() throws Exception {
        Kontum k = Kontum.create();
        List<Long> seeds = Arbitraries.longs().sampleStream().limit(12).toList();
        for (long seed : seeds) {
            trial(k, seed);
        }
    }

    private void trial(Kontum k, long seed) throws Exception {
        Random random = new Random(seed);
        int members = 3 + random.nextInt(23);
        Councils c = Councils.of(k, members);
        List<Map<String, Object>> questions = List.of(
                Map.of("kind", "APPROVAL", "title", "Thông qua danh sách đề nghị"),
                Map.of(
                        "kind",
                        "CHOOSE_UP_TO",
                        "title",
                        "Chọn tối đa 2 tập thể",
                        "maxChoices",
                        2,
                        "options",
                        List.of(
                                Map.of("label", "A"),
                                Map.of("label", "B"),
                                Map.of("label", "C"),
                                Map.of("label", "D"))),
                Map.of(
                        "kind",
                        "ELECTION",
                        "title",
                        "Bầu tổ trưởng tổ thư ký",
                        "options",
                        List.of(Map.of("label", "X"), Map.of("label", "Y"), Map.of("label", "Z"))));
        JsonPath opened = CouncilSessionTest.open(
                        c.secretary(), CouncilSessionTest.council(c, "Phiên thử " + seed, questions))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = opened.getString("id");
        List<String> q = opened.getList("questions.id");

        // at least the quorum present (the secretary among them), some absent members in writing
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            if (i != 1) {
                order.add(i);
            }
        }
        Collections.shuffle(order, random);
        int quorum = (members * 2 + 2) / 3;
        int present = quorum + random.nextInt(members - quorum + 1);
        List<Integer> voters = new ArrayList<>(List.of(1));
        voters.addAll(order.subList(0, present - 1));
        List<Integer> absent = new ArrayList<>(order.subList(present - 1, order.size()));
        int written = absent.isEmpty() ? 0 : random.nextInt(Math.min(2, absent.size()) + 1);
        List<List<List<String>>> cast = new ArrayList<>();
        for (int v = 0; v < voters.size() + written; v++) {
            List<String> approval =
                    List.of(List.of("AGREE", "DISAGREE", "ABSTAIN").get(random.nextInt(3)));
            List<String> choose = new ArrayList<>(List.of("o1", "o2", "o3", "o4"));
            Collections.shuffle(choose, random);
            List<String> chosen = List.copyOf(choose.subList(0, random.nextInt(3)));
            List<String> election = List.of(List.of("o1", "o2", "o3").get(random.nextInt(3)));
            Map<String, Object> answers =
                    CouncilSessionTest.in(q.get(0), approval, q.get(1), chosen, q.get(2), election);
            if (v < voters.size()) {
                CouncilSessionTest.cast(c.member(voters.get(v)), id, answers)
                        .then()
                        .statusCode(201);
            } else {
                int member = absent.get(v - voters.size());
                JsonPath roll = given().auth()
                        .oauth2(c.secretary())
                        .get("/api/v1/voting-sessions/{id}", id)
                        .then()
                        .extract()
                        .jsonPath();
                String elector = roll.getString("electors.find { it.name == '"
                        + Councils.NAMES[member % Councils.NAMES.length] + "' && !it.voted }.id");
                given().auth()
                        .oauth2(c.secretary())
                        .contentType(ContentType.JSON)
                        .body(Map.of("electorId", elector, "answers", CouncilSessionTest.answers(answers)))
                        .post("/api/v1/voting-sessions/{id}/written-ballots", id)
                        .then()
                        .statusCode(201);
            }
            cast.add(List.of(approval, chosen, election));
        }
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
                .statusCode(200);

        JsonPath result = given().get("/api/v1/voting-sessions/{id}/result", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, List<String>>> published = result.getList("rounds[0].ballots.choices");
        assertEquals(cast.size(), published.size(), "seed " + seed);
        List<List<List<String>>> seen = published.stream()
                .map(b -> List.of(b.get(q.get(0)), b.get(q.get(1)), b.get(q.get(2))))
                .toList();
        assertEquals(sorted(cast), sorted(seen), "the published ballots are the ballots cast, seed " + seed);
        for (int j = 0; j < 3; j++) {
            int index = j;
            List<List<String>> answers = seen.stream().map(b -> b.get(index)).toList();
            Question question = QuarkusTransaction.requiringNew()
                    .call(() -> Question.<Question>findById(UUID.fromString(q.get(index))));
            QuestionResult recount =
                    Tally.count(question.tallyQuestion("thành viên hội đồng"), members, written, answers, false);
            assertEquals(
                    recount.statement(),
                    result.getString("rounds[0].questions[" + j + "].result.statement"),
                    "seed " + seed);
            for (QuestionResult.OptionCount option : recount.counts()) {
                assertEquals(
                        option.votes(),
                        result.getInt("rounds[0].questions[" + j + "].result.counts.find { it.key == '" + option.key()
                                + "' }.votes"),
                        "seed " + seed);
            }
        }
        unlinkable(UUID.fromString(id), seed);
    }

    /** No column names a voter; after the count no ballot shares a transaction or an order with the roll. */
    private void unlinkable(UUID session, long seed) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> columns = em.createNativeQuery("""
                    select column_name from information_schema.columns where table_name = 'voting_ballot'
                    and table_schema = current_schema() order by column_name""").getResultList();
            assertEquals(List.of("choices", "id", "receipt", "round", "session_id"), columns);
            @SuppressWarnings("unchecked")
            List<String> ballotTx = em.createNativeQuery("select xmin::text from voting_ballot where session_id = ?1")
                    .setParameter(1, session)
                    .getResultList();
            @SuppressWarnings("unchecked")
            List<String> rollTx = em.createNativeQuery(
                            "select xmin::text from voting_participation where session_id = ?1")
                    .setParameter(1, session)
                    .getResultList();
            assertEquals(1, new HashSet<>(ballotTx).size(), "sealed in one transaction, seed " + seed);
            Set<String> shared = new HashSet<>(ballotTx);
            shared.retainAll(rollTx);
            assertTrue(shared.isEmpty(), "a ballot written in a voter's transaction, seed " + seed);
            // PostgreSQL may put some rows in free space of an earlier page; within a page rows follow the order
            // they were written in, which must be the receipts' order, never the order cast
            @SuppressWarnings("unchecked")
            List<Object[]> physical = em.createNativeQuery(
                            "select (ctid::text::point)[0]::bigint as page, receipt from voting_ballot"
                                    + " where session_id = ?1 order by ctid")
                    .setParameter(1, session)
                    .getResultList();
            Map<Long, List<String>> byPage = new TreeMap<>();
            physical.forEach(row -> byPage.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add((String) row[1]));
            byPage.values().forEach(written -> {
                List<String> byReceipt = new ArrayList<>(written);
                Collections.sort(byReceipt);
                assertEquals(byReceipt, written, "stored in receipt order, not in the order cast, seed " + seed);
            });
        });
    }

    private static List<String> sorted(List<List<List<String>>> ballots) {
        List<String> keys = new ArrayList<>(ballots.stream()
                .map(b -> b.stream()
                        .map(a -> {
                            List<String> sortedAnswer = new ArrayList<>(a);
                            Collections.sort(sortedAnswer);
                            return sortedAnswer.toString();
                        })
                        .toList()
                        .toString())
                .toList());
        Collections.sort(keys);
        return keys;
    }
}
