package vn.thidua.platform.parking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of this service's events that another service parked, as that service last reported it. */
@Entity
@Table(name = "delivery_problem")
public class DeliveryProblem extends PanacheEntityBase {

    @Id
    @Column(name = "parked_id")
    public UUID parkedId;

    @Column(nullable = false)
    public String service;

    @Column(nullable = false)
    public String channel;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String subject;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reason_field")
    public String reasonField;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "parked_at", nullable = false)
    public OffsetDateTime parkedAt;

    @Enumerated(EnumType.STRING)
    public ParkedEvent.Resolution resolution;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    /** What an officer sees: which service refused which event of theirs, why, and where to have it applied again. */
    @Schema(name = "DeliveryProblem", description = "Một sự kiện của dịch vụ này mà dịch vụ khác chưa áp dụng được")
    public record View(
            @Schema(required = true) UUID parkedId,

            @Schema(description = "dịch vụ đã từ chối: bloc, campaign, award")
            String service,

            String eventType,
            String reason,
            String field,
            int attempts,
            OffsetDateTime parkedAt,

            @Schema(description = "đường dẫn API để áp dụng lại (POST) sau khi sửa")
            String retryPath,

            @Schema(description = "đường dẫn API để bỏ qua (POST, có lý do)")
            String setAsidePath) {}

    public View view() {
        String base = "/api/v1/parked-events/" + service + "/" + parkedId;
        return new View(
                parkedId,
                service,
                eventType,
                reason,
                reasonField,
                attempts,
                parkedAt,
                base + "/retry",
                base + "/set-aside");
    }

    /** The open problems of this service's events about {@code subject} (e.g. a voting session's id). */
    public static List<DeliveryProblem> openAbout(String subject) {
        return list("subject = ?1 and resolution is null order by parkedAt", subject);
    }

    public static List<DeliveryProblem> open() {
        return list("resolution is null order by parkedAt");
    }

    void report(ParkedNotice notice) {
        service = notice.service();
        channel = notice.channel();
        eventId = notice.eventId();
        eventType = notice.eventType();
        subject = notice.subject();
        reason = notice.reason();
        reasonField = notice.field();
        attempts = notice.attempts();
        parkedAt = notice.parkedAt();
        resolution = notice.resolution();
        resolvedAt = notice.resolvedAt();
    }
}
