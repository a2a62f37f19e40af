package vn.thidua.award.disclosure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.problem.ProblemException;

/** Kiến nghị: an objection to a published nomination; it holds the nomination until resolved. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    @Schema(name = "ObjectionStatus")
    public enum Status {
        /** Đang xem xét */
        OPEN,
        /** Kiến nghị đúng: đề nghị bị loại */
        UPHELD,
        /** Kiến nghị không có cơ sở: đề nghị trở lại danh sách */
        DISMISSED
    }

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "filed_by_name", nullable = false)
    public String filedByName;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Version
    public long version;

    public static Objection file(
            UUID nominationId, UUID noticeId, String reason, String by, String byName, OffsetDateTime now) {
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.nominationId = nominationId;
        o.noticeId = noticeId;
        o.reason = reason;
        o.filedBy = by;
        o.filedByName = byName;
        o.filedAt = now;
        o.status = Status.OPEN;
        return o;
    }

    public void resolve(Status outcome, String resolution, String by, OffsetDateTime now) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("Kiến nghị đã được giải quyết (" + status + ")");
        }
        if (outcome == Status.OPEN) {
            throw ProblemException.invalidField(
                    "outcome", "chọn kết quả: kiến nghị đúng (UPHELD) hoặc không có cơ sở (DISMISSED)");
        }
        this.status = outcome;
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    public static long openFor(UUID nominationId) {
        return count("nominationId = ?1 and status = ?2", nominationId, Status.OPEN);
    }
}
