package vn.thidua.campaign.review;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignParts;
import vn.thidua.campaign.results.ResultSheet;
import vn.thidua.platform.problem.ProblemException;

/** A mid-term (sơ kết) or final (tổng kết) review of a campaign. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    public enum Kind {
        /** Sơ kết */
        MID_TERM,
        /** Tổng kết: closing it closes the campaign */
        FINAL
    }

    public enum Status {
        OPEN,
        CLOSED
    }

    public enum ExemplarKind {
        /** Tập thể */
        COLLECTIVE,
        /** Cá nhân */
        INDIVIDUAL
    }

    /** Điển hình tiên tiến: a collective (its unit) or an individual (named, with their unit). */
    @Embeddable
    public record Exemplar(
            @Column(nullable = false) int position,

            @Enumerated(EnumType.STRING) @Column(nullable = false)
            ExemplarKind kind,

            @Column(name = "unit_id", nullable = false) UUID unitId,
            @Column(name = "person_name") String personName,
            @Column(name = "person_position") String personPosition,
            @Column(nullable = false) String citation,
            @Column(name = "award_type") String awardType) {}

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResultSheet.Standing> standings;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_exemplar", joinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("position")
    public List<Exemplar> exemplars = new ArrayList<>();

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;

    static Review open(Campaign campaign, Kind kind, String title, LocalDate heldOn, String by, OffsetDateTime now) {
        if (!campaign.isLaunched() || campaign.status == vn.thidua.campaign.campaign.CampaignEnums.Status.CLOSED) {
            throw ProblemException.rule("Chỉ sơ kết, tổng kết phong trào đang diễn ra (đã phát động, chưa kết thúc)");
        }
        if (count("campaignId = ?1 and status = ?2", campaign.id, Status.OPEN) > 0) {
            throw ProblemException.conflict("Phong trào đang có một hội nghị sơ kết hoặc tổng kết chưa kết thúc");
        }
        if (heldOn.isBefore(campaign.startsOn)) {
            throw ProblemException.invalidField(
                    "heldOn",
                    "ngày sơ kết, tổng kết không được trước ngày bắt đầu phong trào (" + campaign.startsOn + ")");
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.campaignId = campaign.id;
        review.kind = kind;
        review.title = title.strip();
        review.heldOn = heldOn;
        review.status = Status.OPEN;
        review.openedBy = by;
        review.openedAt = now;
        return review;
    }

    /**
     * Replaces the selection. Each exemplar belongs to a unit in scope, a collective at most once;
     * a proposed award must be one the campaign planned, and no more than it planned.
     */
    void select(Campaign campaign, List<Exemplar> selection) {
        requireOpen();
        Set<UUID> collectives = new HashSet<>();
        Map<String, Integer> perAward = new HashMap<>();
        for (int i = 0; i < selection.size(); i++) {
            Exemplar e = selection.get(i);
            String at = "exemplars[" + i + "]";
            if (!campaign.scopeUnits.contains(e.unitId())) {
                throw ProblemException.invalidField(
                        at + ".unitId", "đơn vị không thuộc phạm vi phát động của phong trào");
            }
            if (e.kind() == ExemplarKind.INDIVIDUAL && e.personName() == null) {
                throw ProblemException.invalidField(at + ".personName", "cần họ tên cá nhân điển hình");
            }
            if (e.kind() == ExemplarKind.COLLECTIVE && !collectives.add(e.unitId())) {
                throw ProblemException.invalidField(at + ".unitId", "tập thể này đã được chọn");
            }
            if (e.awardType() != null) {
                CampaignParts.PlannedAward planned = campaign.plannedAwards.stream()
                        .filter(a -> a.awardType().equals(e.awardType()))
                        .findFirst()
                        .orElseThrow(() -> ProblemException.invalidField(
                                at + ".awardType",
                                "phong trào không dự kiến hình thức khen thưởng \"" + e.awardType() + "\""));
                int chosen = perAward.merge(e.awardType(), 1, Integer::sum);
                if (chosen > planned.quantity()) {
                    throw ProblemException.invalidField(
                            at + ".awardType", "kế hoạch chỉ dự kiến " + planned.quantity() + " " + e.awardType());
                }
            }
        }
        exemplars.clear();
        exemplars.addAll(selection);
    }

    /** Freezes the standings as they are now. */
    void close(List<ResultSheet.Standing> current, String by, OffsetDateTime now) {
        requireOpen();
        standings = current;
        status = Status.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw ProblemException.rule("\"" + title + "\" đã kết thúc, không sửa được nữa");
        }
    }
}
