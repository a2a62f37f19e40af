package vn.thidua.bloc.honours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.honours.ReceivedHonour;

/** An honour granted on the bloc's proposal, as award-service reported it (read-only here). */
@Entity
@Table(name = "bloc_honour")
public class Honour extends ReceivedHonour {

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(nullable = false)
    public int year;

    static Honour of(AwardEvents.HonourGranted granted, OffsetDateTime at) {
        Honour honour = new Honour();
        honour.receive(granted, at);
        honour.blocId = granted.origin().id();
        honour.year = granted.year();
        return honour;
    }
}
