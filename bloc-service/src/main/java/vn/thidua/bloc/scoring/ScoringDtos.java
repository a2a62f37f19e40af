package vn.thidua.bloc.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

public final class ScoringDtos {

    private ScoringDtos() {}

    @Schema(name = "ClauseScore", description = "Điểm của một điều khoản")
    public record ClauseScore(
            @NotNull @Schema(description = "Số thứ tự điều khoản")
            Integer clause,

            @NotNull @DecimalMin(value = "0", message = "điểm không được âm") @Digits(integer = 5, fraction = 2) BigDecimal points) {}

    @Schema(name = "Scorecard", description = "Phiếu chấm điểm một đơn vị: điểm từng điều khoản có chấm điểm")
    public record ScorecardInput(@NotEmpty @Size(max = 100) List<@NotNull @Valid ClauseScore> points) {}

    @Schema(name = "ConfirmRanking", description = "Xác nhận xếp hạng và đề nghị khen thưởng")
    public record ConfirmRanking(
            @NotEmpty @Size(max = 5) @Schema(description = "Đơn vị dẫn đầu đề nghị tặng Cờ thi đua")
            List<@NotNull UUID> flagUnitIds,

            @Size(max = 50) @Schema(description = "Đơn vị đề nghị tặng Bằng khen")
            List<@NotNull UUID> meritUnitIds) {}

    @Schema(name = "ScoringCriterion", description = "Điều khoản có chấm điểm")
    public record Criterion(
            @Schema(required = true) int clause, String content, String criteria, BigDecimal maxPoints) {}

    @Schema(name = "ScorerProgress", description = "Tiến độ chấm điểm của một đơn vị")
    public record Progress(UnitRef unit, boolean selfScored, int scored, int expected) {}

    @Schema(name = "RankingRow", description = "Một dòng của bảng xếp hạng")
    public record RankingRow(
            int rank,
            boolean tied,
            UnitRef unit,
            BigDecimal selfTotal,
            BigDecimal score,
            int scorerCount,
            Proposal proposal) {}

    @Schema(name = "ScorecardView", description = "Phiếu chấm điểm đã nộp")
    public record ScorecardView(
            UnitRef scorer,
            UnitRef scored,
            List<ClauseScore> points,
            BigDecimal total,
            String submittedBy,
            OffsetDateTime submittedAt) {}

    @Schema(name = "Scoring", description = "Chấm điểm, xếp hạng cuối năm của khối")
    public record ScoringView(
            UUID id,
            UUID blocId,
            int year,
            @Schema(required = true) ScoringStatus status,
            boolean crossScoring,
            int covenantRevision,
            List<Criterion> criteria,
            BigDecimal maxTotal,

            @Schema(description = "Cách tính điểm và xếp hạng")
            String method,

            List<Progress> progress,

            @Schema(required = true, description = "Bảng xếp hạng, có khi đã khóa sổ")
            List<RankingRow> ranking,

            @Schema(description = "Người dùng được khóa sổ, xác nhận xếp hạng")
            boolean manageable,

            @Schema(description = "Đơn vị của người dùng được chấm những đơn vị nào")
            List<UUID> mayScore,

            OffsetDateTime openedAt,
            OffsetDateTime closedAt,
            OffsetDateTime confirmedAt,
            String confirmedBy,
            long version) {}
}
