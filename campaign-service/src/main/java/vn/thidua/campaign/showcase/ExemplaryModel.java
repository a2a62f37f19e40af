package vn.thidua.campaign.showcase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A model (mô hình) a unit built in a campaign: what it is, where, what it achieved. */
@Entity
@Table(name = "exemplary_model")
public class ExemplaryModel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public String results;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    static ExemplaryModel publish(
            UUID campaignId, UUID unitId, ShowcaseDtos.ModelInput in, String by, OffsetDateTime now) {
        ExemplaryModel model = new ExemplaryModel();
        model.id = UUID.randomUUID();
        model.campaignId = campaignId;
        model.unitId = unitId;
        model.publishedBy = by;
        model.publishedAt = now;
        model.describe(in, now);
        return model;
    }

    void describe(ShowcaseDtos.ModelInput in, OffsetDateTime now) {
        title = in.title().strip();
        description = in.description().strip();
        place = in.place().strip();
        results = in.results().strip();
        updatedAt = now;
    }
}
