package vn.thidua.platform.tasks;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the signed-in user must do, shown on their home page. */
@Schema(name = "Task")
public record PendingTask(
        String id,
        TaskKind kind,

        @Schema(description = "Vietnamese title, e.g. \"Ký giao ước thi đua năm 2026\"")
        String title,

        String detail,
        OffsetDateTime dueAt,

        @Schema(description = "SPA route that opens the task")
        String link,

        @Schema(description = "the service that owns the task")
        String source) {

    public enum TaskKind {
        SIGN,
        VOTE,
        REGISTER,
        REPORT,
        APPRAISE,
        /** An event of the user's act that another service could not apply: fix and have it applied again. */
        RESOLVE
    }
}
