package vn.thidua.bloc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.bloc.covenant.CovenantEvents;
import vn.thidua.bloc.membership.MembershipEvents;
import vn.thidua.bloc.scoring.ScoringEvents;
import vn.thidua.bloc.term.ElectionResultListener;
import vn.thidua.bloc.term.TermEvents;
import vn.thidua.bloc.unit.UnitEvents;
import vn.thidua.bloc.unit.UnitKind;
import vn.thidua.platform.honours.AwardEvents;

/** docs/asyncapi.yaml is the event contract other teams read: it must list what this service emits. */
class EventsDocumentedTest {

    private static String asyncApi() throws IOException {
        // surefire runs in bloc-service/
        return Files.readString(Path.of("../docs/asyncapi.yaml"), StandardCharsets.UTF_8);
    }

    private static void assertFieldsDocumented(String doc, Class<? extends Record> data) {
        for (var component : data.getRecordComponents()) {
            assertTrue(doc.contains(" " + component.getName() + ":"), data.getSimpleName() + "." + component.getName());
        }
    }

    @Test
    void everyUnitEventTypeAndKindIsDocumented() throws IOException {
        String doc = asyncApi();
        assertTrue(doc.contains("address: " + UnitEvents.TOPIC), UnitEvents.TOPIC);
        for (String type :
                new String[] {UnitEvents.CREATED, UnitEvents.UPDATED, UnitEvents.DEACTIVATED, UnitEvents.ACTIVATED}) {
            assertTrue(doc.contains("name: " + type), type);
        }
        for (UnitKind kind : UnitKind.values()) {
            assertTrue(doc.contains(kind.name()), "unit kind " + kind);
        }
        assertFieldsDocumented(doc, UnitEvents.UnitSnapshot.class);
    }

    @Test
    void everyBlocEventTypeIsDocumented() throws IOException {
        String doc = asyncApi();
        assertTrue(doc.contains("address: " + BlocEvents.TOPIC), BlocEvents.TOPIC);
        for (String type :
                new String[] {BlocEvents.CREATED, BlocEvents.UPDATED, MembershipEvents.CHANGED, TermEvents.SET}) {
            assertTrue(doc.contains("name: " + type), type);
        }
        assertFieldsDocumented(doc, BlocEvents.BlocSnapshot.class);
        assertFieldsDocumented(doc, MembershipEvents.MembershipPeriod.class);
        assertFieldsDocumented(doc, TermEvents.TermSnapshot.class);
    }

    @Test
    void everyCovenantEventTypeIsDocumented() throws IOException {
        String doc = asyncApi();
        for (String type : new String[] {
            CovenantEvents.OPENED,
            CovenantEvents.REVISED,
            CovenantEvents.SIGNED,
            CovenantEvents.IN_FORCE,
            CovenantEvents.CLOSED,
            CovenantEvents.SIGNING_RECORDED
        }) {
            assertTrue(doc.contains("name: " + type), type);
        }
        assertFieldsDocumented(doc, CovenantEvents.CovenantState.class);
        assertFieldsDocumented(doc, CovenantEvents.CovenantSigned.class);
    }

    @Test
    void theElectionResultsReadFromAwardServiceAreDocumented() throws IOException {
        String doc = asyncApi();
        assertTrue(doc.contains("name: " + ElectionResultListener.ELECTION_DECIDED));
        assertFieldsDocumented(doc, ElectionResultListener.BlocElectionDecided.class);
        assertTrue(doc.contains("name: " + AwardEvents.GRANTED));
        assertTrue(doc.contains("name: " + AwardEvents.REVOKED));
        assertFieldsDocumented(doc, AwardEvents.HonourGranted.class);
        assertFieldsDocumented(doc, AwardEvents.HonourRevoked.class);
        assertFieldsDocumented(doc, AwardEvents.Origin.class);
    }

    @Test
    void theConfirmedRankingIsDocumented() throws IOException {
        String doc = asyncApi();
        assertTrue(doc.contains("name: " + ScoringEvents.RANKING_CONFIRMED));
        assertFieldsDocumented(doc, ScoringEvents.RankingConfirmed.class);
        assertFieldsDocumented(doc, ScoringEvents.RankedUnit.class);
    }
}
