package vn.thidua.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 2,000 voters cast their ballots in one session from concurrent clients; a tenth of them submit a second
 * time at once, as from a second device. Afterwards the session is counted and its published result must hold
 * exactly one ballot per voter: none lost, none counted twice, each option's tally as the clients cast it.
 * Reports ballots per second. Run against a started stack: see bench/README.md.
 */
public class CastBallotsSimulation extends Simulation {

    static final int VOTERS = Integer.getInteger("voters", 2000);
    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 20));

    private static final String[] APPROVAL = {"AGREE", "AGREE", "AGREE", "AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE", "DISAGREE", "ABSTAIN"};
    private static final List<List<String>> CHOICES = List.of(List.of("o1", "o2"), List.of("o1"), List.of("o3", "o4"), List.of());

    private final String sessionId;
    private final String secretary;
    private final List<String> questions = new ArrayList<>();
    private final List<Map<String, Object>> voters = new ArrayList<>();
    private final Map<Integer, String> receipts = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> accepted = new ConcurrentHashMap<>();
    private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswered = new AtomicLong();

    public CastBallotsSimulation() throws Exception {
        System.out.println("Stage: " + VOTERS + " voters' accounts, their tokens, the voting body and its session…");
        Stage.accounts(VOTERS);
        List<String> tokens = Stage.tokens(VOTERS);
        String council = Stage.council(VOTERS, Stage.token("thidua", "thidua-cli", "officer.demo", "demo123"));
        secretary = tokens.get(1);
        JsonNode session = Stage.session(council, secretary);
        sessionId = session.get("id").asText();
        session.get("questions").forEach(q -> questions.add(q.get("id").asText()));
        for (int i = 0; i < VOTERS; i++) {
            voters.add(Map.of("voter", i, "token", tokens.get(i), "ballot", ballot(i)));
        }
        HttpProtocolBuilder protocol = http.baseUrl(Stage.GATEWAY).acceptHeader("application/json").shareConnections();
        List<Map<String, Object>> seconds = voters.stream().filter(v -> (int) v.get("voter") % 10 == 0).toList();
        setUp(cast("every voter once", voters).injectOpen(rampUsers(VOTERS).during(RAMP)),
                cast("a tenth again from a second device", seconds).injectOpen(rampUsers(seconds.size()).during(RAMP)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    private String ballot(int voter) {
        List<String> chosen = CHOICES.get(voter % CHOICES.size());
        return """
                {"answers":[{"questionId":"%s","choices":["%s"]},{"questionId":"%s","choices":[%s]}]}"""
                .formatted(questions.get(0), APPROVAL[voter % APPROVAL.length], questions.get(1),
                        String.join(",", chosen.stream().map(c -> "\"" + c + "\"").toList()));
    }

    private ScenarioBuilder cast(String name, List<Map<String, Object>> feed) {
        return scenario(name).feed(listFeeder(feed).queue())
                .exec(session -> {
                    firstSent.accumulateAndGet(System.currentTimeMillis(), Math::min);
                    return session;
                })
                .exec(http("cast ballot").post("/api/v1/voting-sessions/" + sessionId + "/ballots")
                        .header("Authorization", "Bearer #{token}").body(StringBody("#{ballot}")).asJson()
                        .check(status().in(201, 409).saveAs("status"), jsonPath("$.receipt").optional().saveAs("receipt")))
                .exec(session -> {
                    lastAnswered.accumulateAndGet(System.currentTimeMillis(), Math::max);
                    if (session.getInt("status") == 201) {
                        accepted.merge(session.getInt("voter"), 1, Integer::sum);
                        receipts.put(session.getInt("voter"), session.getString("receipt"));
                    }
                    return session;
                });
    }

    @Override
    public void after() {
        try {
            verify();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void verify() throws Exception {
        double seconds = (lastAnswered.get() - firstSent.get()) / 1000.0;
        Stage.close(sessionId, secretary);
        JsonNode round = Stage.result(sessionId).get("rounds").get(0);
        List<String> problems = new ArrayList<>();
        long twice = accepted.values().stream().filter(n -> n > 1).count();
        if (accepted.size() != VOTERS || twice > 0) {
            problems.add(accepted.size() + " voters had a ballot accepted (expected " + VOTERS + "), " + twice + " of them twice");
        }
        Set<String> published = new HashSet<>();
        Map<String, Integer> tally = new HashMap<>();
        for (JsonNode ballot : round.get("ballots")) {
            published.add(ballot.get("receipt").asText());
            ballot.get("choices").fields().forEachRemaining(q -> q.getValue()
                    .forEach(choice -> tally.merge(q.getKey() + "/" + choice.asText(), 1, Integer::sum)));
        }
        int count = round.get("ballots").size();
        long lost = receipts.values().stream().filter(r -> !published.contains(r)).count();
        if (count != VOTERS || published.size() != count || lost > 0) {
            problems.add(count + " ballots published (" + published.size() + " distinct receipts), " + lost + " accepted receipts missing");
        }
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < VOTERS; i++) {
            expected.merge(questions.get(0) + "/" + APPROVAL[i % APPROVAL.length], 1, Integer::sum);
            for (String c : CHOICES.get(i % CHOICES.size())) {
                expected.merge(questions.get(1) + "/" + c, 1, Integer::sum);
            }
        }
        if (!expected.equals(tally)) {
            problems.add("published tally " + tally + " differs from the ballots cast " + expected);
        }
        for (JsonNode q : round.get("questions")) {
            for (JsonNode c : q.get("result").get("counts")) {
                int cast = expected.getOrDefault(q.get("id").asText() + "/" + c.get("key").asText(), 0);
                if (c.get("votes").asInt() != cast) {
                    problems.add("count of " + c.get("label").asText() + " is " + c.get("votes").asInt() + ", cast " + cast);
                }
            }
        }
        System.out.printf("%n%d ballots in %.1f s: %.0f ballots per second; %d lost, %d counted twice; session %s%n", count, seconds,
                count / seconds, Math.max(0, VOTERS - count) + lost, twice, sessionId);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The count does not hold: " + String.join("; ", problems));
        }
    }
}
