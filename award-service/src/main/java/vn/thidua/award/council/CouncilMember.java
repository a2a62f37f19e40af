package vn.thidua.award.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person on the council, by their Keycloak account, with a role and the period they sit. */
@Entity
@Table(name = "council_member")
public class CouncilMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "council_id")
    public Council council;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** Chức vụ, e.g. "Phó Chủ tịch UBND tỉnh". */
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CouncilRole role;

    @Column(name = "from_date", nullable = false)
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    public boolean sitsOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
