package vn.thidua.platform.parking;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ParkedEvent",
        description = "Sự kiện dịch vụ không áp dụng được, chờ cán bộ xử lý (áp dụng lại sau khi sửa, hoặc bỏ qua)")
public record ParkedEventView(
        UUID id,

        @Schema(description = "dịch vụ giữ sự kiện: bloc, campaign, award")
        String service,

        String channel,

        @Schema(description = "chủ đề Kafka và khóa của bản tin")
        String topic,

        String messageKey,
        String eventId,
        String eventType,

        @Schema(description = "đối tượng của sự kiện (CloudEvents subject), ví dụ mã phiên bỏ phiếu")
        String subject,

        @Schema(description = "lý do không áp dụng được") String reason,

        @Schema(description = "trường dữ liệu bị từ chối, nếu có")
        String field,

        int attempts,
        OffsetDateTime parkedAt,
        OffsetDateTime lastAttemptAt,
        ParkedEvent.Resolution resolution,
        String resolvedBy,
        OffsetDateTime resolvedAt,
        String note) {

    static ParkedEventView of(String service, ParkedEvent p) {
        return new ParkedEventView(
                p.id,
                service,
                p.channel,
                p.topic,
                p.messageKey,
                p.eventId,
                p.eventType,
                p.subject,
                p.reason,
                p.reasonField,
                p.attempts,
                p.parkedAt,
                p.lastAttemptAt,
                p.resolution,
                p.resolvedBy,
                p.resolvedAt,
                p.note);
    }
}
