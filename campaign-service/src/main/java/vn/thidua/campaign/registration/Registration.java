package vn.thidua.campaign.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import vn.thidua.platform.problem.ProblemException;

/** A unit's registration (đăng ký thi đua) for one campaign. */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {

    public enum Status {
        /** Cán bộ thi đua đang soạn */
        DRAFT,
        /** Lãnh đạo đơn vị đã duyệt và gửi */
        SUBMITTED
    }

    public enum PledgeKind {
        /** Mô hình */
        MODEL,
        /** Phần việc thiết thực */
        PRACTICAL_WORK
    }

    @Embeddable
    public record TargetValue(
            @Column(name = "target_number", nullable = false)
            int targetNumber,

            @Column(nullable = false) BigDecimal value) {}

    @Embeddable
    public record Pledge(
            @Column(nullable = false) int position,

            @Enumerated(EnumType.STRING) @Column(nullable = false)
            PledgeKind kind,

            @Column(nullable = false) String title,
            String description) {}

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registration_target", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderBy("targetNumber")
    public List<TargetValue> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registration_pledge", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderBy("position")
    public List<Pledge> pledges = new ArrayList<>();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Registration start(UUID campaignId, UUID unitId, OffsetDateTime now) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.campaignId = campaignId;
        r.unitId = unitId;
        r.status = Status.DRAFT;
        r.createdAt = now;
        return r;
    }

    void write(List<TargetValue> targets, List<Pledge> pledges, OffsetDateTime now) {
        if (status == Status.SUBMITTED) {
            throw ProblemException.rule("Đăng ký đã được lãnh đạo đơn vị gửi, không sửa được nữa");
        }
        this.targets.clear();
        this.targets.addAll(targets);
        this.pledges.clear();
        this.pledges.addAll(pledges);
        this.updatedAt = now;
    }

    void submit(String by, boolean pledgeRequired, OffsetDateTime now) {
        if (status == Status.SUBMITTED) {
            throw ProblemException.conflict("Đơn vị đã gửi đăng ký");
        }
        if (pledgeRequired && pledges.isEmpty()) {
            throw ProblemException.invalidField(
                    "pledges", "phong trào yêu cầu đăng ký ít nhất một mô hình hoặc phần việc thiết thực");
        }
        status = Status.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        updatedAt = submittedAt;
    }

    static Registration of(UUID campaignId, UUID unitId) {
        return find("campaignId = ?1 and unitId = ?2", campaignId, unitId).firstResult();
    }
}
