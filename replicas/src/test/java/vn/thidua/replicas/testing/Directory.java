package vn.thidua.replicas.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.testing.EventWriter;
import vn.thidua.replicas.bloc.BlocReplica;
import vn.thidua.replicas.bloc.MembershipReplica;
import vn.thidua.replicas.bloc.TermReplica;
import vn.thidua.replicas.unit.UnitReplica;

/** Feeds a service's replicas the way bloc-service does: unit, bloc and membership events on Kafka. */
public final class Directory {

    private Directory() {}

    public static UUID unit(String name, UUID parent, boolean active) throws Exception {
        UUID id = UUID.randomUUID();
        send("thidua.units.v1", id, "vn.thidua.unit.created.v1", """
                {"id":"%s","name":"%s","shortName":null,"kind":"DIVISION","parentId":%s,"active":%s,"version":0,"updatedAt":"%s"}""".formatted(
                        id, name, parent == null ? "null" : "\"" + parent + "\"", active, OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> UnitReplica.findById(id) != null));
        return id;
    }

    public static UUID bloc(String name, UUID organizingUnit) throws Exception {
        UUID id = UUID.randomUUID();
        send("thidua.blocs.v1", id, "vn.thidua.bloc.created.v1", """
                {"id":"%s","organizingUnitId":"%s","code":"K-%s","name":"%s","kind":"SECTOR","crossScoring":false,"version":0,"updatedAt":"%s"}""".formatted(
                        id, organizingUnit, id.toString().substring(0, 8), name, OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> BlocReplica.findById(id) != null));
        return id;
    }

    public static void member(UUID bloc, UUID unit, LocalDate joinedOn) throws Exception {
        UUID membership = UUID.randomUUID();
        send("thidua.blocs.v1", bloc, "vn.thidua.bloc.membership-changed.v1", """
                {"membershipId":"%s","blocId":"%s","unitId":"%s","joinedOn":"%s","leftOn":null,"reason":"Theo quyết định"}""".formatted(
                        membership, bloc, unit, joinedOn));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> MembershipReplica.findById(membership) != null));
    }

    /** The bloc's head and deputy for a year, as bloc-service reports a term, decided on 5 January. */
    public static void term(UUID bloc, int year, UUID head, UUID deputy) throws Exception {
        term(bloc, year, head, deputy, LocalDate.of(year, 1, 5));
    }

    public static void term(UUID bloc, int year, UUID head, UUID deputy, LocalDate decidedOn) throws Exception {
        send("thidua.blocs.v1", bloc, "vn.thidua.bloc.term-set.v1", """
                {"blocId":"%s","year":%d,"headUnitId":"%s","deputyUnitId":"%s","method":"ELECTED","decidedOn":"%s",
                 "meetingId":null,"votingSessionId":null,"version":0}""".formatted(bloc, year, head, deputy, decidedOn));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> TermReplica.of(bloc, year).isPresent()));
    }

    private static void send(String topic, UUID key, String type, String data) throws Exception {
        EventWriter.send(topic, key, "/thidua/bloc-service", type, data);
    }
}
