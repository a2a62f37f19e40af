package vn.thidua.campaign.showcase;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Nhân rộng: a unit took up another unit's model. */
@Entity
@Table(name = "model_adoption")
public class Adoption extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "model_id", nullable = false)
    public UUID modelId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "adopted_on", nullable = false)
    public LocalDate adoptedOn;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    static Adoption of(
            ExemplaryModel model, UUID unitId, LocalDate adoptedOn, String note, String by, OffsetDateTime now) {
        Adoption adoption = new Adoption();
        adoption.id = UUID.randomUUID();
        adoption.modelId = model.id;
        adoption.unitId = unitId;
        adoption.adoptedOn = adoptedOn;
        adoption.note = blankToNull(note);
        adoption.recordedBy = by;
        adoption.recordedAt = now;
        return adoption;
    }
}
