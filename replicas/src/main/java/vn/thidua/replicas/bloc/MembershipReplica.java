package vn.thidua.replicas.bloc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One membership period of a unit in a bloc, as bloc-service reported it. */
@Entity
@Table(name = "bloc_membership_replica")
public class MembershipReplica extends PanacheEntityBase {

    @Id
    @Column(name = "membership_id")
    public UUID membershipId;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The units that were members of any of {@code blocs} on {@code day}. */
    public static List<UUID> membersOn(Collection<UUID> blocs, LocalDate day) {
        if (blocs.isEmpty()) {
            return List.of();
        }
        return MembershipReplica.<MembershipReplica>list(
                        "blocId in ?1 and joinedOn <= ?2 and (leftOn is null or leftOn > ?2)", blocs, day)
                .stream()
                .map(m -> m.unitId)
                .distinct()
                .toList();
    }

    public static boolean knowsBloc(UUID blocId) {
        return count("blocId", blocId) > 0;
    }

    /** The period as it is after the change bloc-service reports (a repeated event changes nothing). */
    void apply(BlocListener.MembershipPeriod period, OffsetDateTime now) {
        membershipId = period.membershipId();
        blocId = period.blocId();
        unitId = period.unitId();
        joinedOn = period.joinedOn();
        leftOn = period.leftOn();
        receivedAt = now;
    }
}
