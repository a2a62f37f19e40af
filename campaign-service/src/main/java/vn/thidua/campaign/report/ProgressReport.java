package vn.thidua.campaign.report;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A unit's progress report (báo cáo tiến độ) for one reporting period of a campaign. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Embeddable
    public record Achieved(
            @Column(name = "target_number", nullable = false)
            int targetNumber,

            @Column(nullable = false) BigDecimal value) {}

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "period_number", nullable = false)
    public int periodNumber;

    public String narrative;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_value", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("targetNumber")
    public List<Achieved> values = new ArrayList<>();

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static ProgressReport start(UUID campaignId, UUID unitId, int periodNumber, OffsetDateTime now) {
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.campaignId = campaignId;
        report.unitId = unitId;
        report.periodNumber = periodNumber;
        report.createdAt = now;
        return report;
    }

    void write(List<Achieved> values, String narrative, String by, OffsetDateTime now) {
        this.values.clear();
        this.values.addAll(values);
        this.narrative = blankToNull(narrative);
        this.reportedBy = by;
        this.updatedAt = now;
    }

    static ProgressReport of(UUID campaignId, UUID unitId, int period) {
        return find("campaignId = ?1 and unitId = ?2 and periodNumber = ?3", campaignId, unitId, period)
                .firstResult();
    }
}
