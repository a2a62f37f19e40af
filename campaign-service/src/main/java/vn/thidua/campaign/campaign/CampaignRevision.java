package vn.thidua.campaign.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The plan as it was at one revision (launch, then each change), so no rule changes silently. */
@Entity
@Table(name = "campaign_revision")
public class CampaignRevision extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "campaign_id") UUID campaignId,
            @Column(name = "revision") int revision) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(nullable = false)
    public String reason;

    /** The plan's JSON at this revision. */
    @Column(nullable = false)
    public String snapshot;

    /** The campaign as it stood at a revision (its view as JSON), why it changed, by whom and when. */
    static CampaignRevision of(Campaign campaign, String snapshotJson, String reason, String by, OffsetDateTime at) {
        CampaignRevision revision = new CampaignRevision();
        revision.key = new Key(campaign.id, campaign.revision);
        revision.snapshot = snapshotJson;
        revision.reason = reason;
        revision.changedBy = by;
        revision.changedAt = at;
        return revision;
    }
}
