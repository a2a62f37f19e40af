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
import vn.thidua.platform.problem.ProblemException;

/** An event a consumer of this service could not apply, kept whole with the reason until it is applied or set aside. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    public enum Resolution {
        /** Áp dụng được sau khi sửa */
        APPLIED,
        /** Bỏ qua, có ghi lý do */
        SET_ASIDE
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key")
    public String messageKey;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "event_source")
    public String eventSource;

    public String subject;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reason_field")
    public String reasonField;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "parked_at", nullable = false)
    public OffsetDateTime parkedAt;

    @Column(name = "last_attempt_at", nullable = false)
    public OffsetDateTime lastAttemptAt;

    @Enumerated(EnumType.STRING)
    public Resolution resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    public String note;

    /** Why it could not be applied: the rule's message and the field it names, if any. */
    public record Reason(String message, String field) {

        static Reason of(Throwable failure) {
            Throwable cause = failure;
            while (!(cause instanceof ProblemException) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof ProblemException problem) {
                return problem.errors().isEmpty()
                        ? new Reason(problem.getMessage(), null)
                        : new Reason(
                                problem.errors().get(0).message(),
                                problem.errors().get(0).field());
            }
            return new Reason(
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage(), null);
        }
    }

    static ParkedEvent of(
            String channel,
            String topic,
            String key,
            String eventId,
            String type,
            String source,
            String subject,
            String payload,
            Reason reason,
            OffsetDateTime now) {
        ParkedEvent p = new ParkedEvent();
        p.id = UUID.randomUUID();
        p.channel = channel;
        p.topic = topic;
        p.messageKey = key;
        p.eventId = eventId;
        p.eventType = type;
        p.eventSource = source;
        p.subject = subject;
        p.payload = payload;
        p.reason = reason.message();
        p.reasonField = reason.field();
        p.attempts = 1;
        p.parkedAt = now;
        p.lastAttemptAt = now;
        return p;
    }

    public boolean open() {
        return resolution == null;
    }

    void failedAgain(Reason again, OffsetDateTime now) {
        attempts++;
        reason = again.message();
        reasonField = again.field();
        lastAttemptAt = now;
    }

    void resolve(Resolution how, String by, String why, OffsetDateTime now) {
        if (!open()) {
            throw ProblemException.conflict("Sự kiện này đã được xử lý ("
                    + (resolution == Resolution.APPLIED ? "đã áp dụng" : "đã bỏ qua") + ") lúc " + resolvedAt);
        }
        resolution = how;
        resolvedBy = by;
        resolvedAt = now;
        note = why;
        if (how == Resolution.APPLIED) {
            attempts++;
            lastAttemptAt = now;
        }
    }

    static ParkedEvent of(String channel, String eventId) {
        return find("channel = ?1 and eventId = ?2", channel, eventId).firstResult();
    }

    static List<ParkedEvent> openOn(String channel) {
        return list("channel = ?1 and resolution is null order by parkedAt", channel);
    }
}
