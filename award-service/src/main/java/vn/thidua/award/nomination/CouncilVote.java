package vn.thidua.award.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.platform.problem.ProblemException;

/**
 * A council's secret-ballot result on a nomination, counted against the award rule's threshold over its
 * denominator: "13 / 15 = 86,7% ≥ 80% → đạt". Recorded from the minutes of a paper ballot, or sent by the
 * voting engine when its session closes.
 */
public record CouncilVote(
        UUID sessionId,
        LocalDate heldOn,
        int members,
        int votesCast,
        int approvals,
        int writtenVotes,
        BigDecimal threshold,
        Denominator denominator,
        BigDecimal percent,
        boolean passed,
        String statement,
        String recordedBy) {

    /** Counts a ballot; the denominator is all members or the votes cast, as the rule states. */
    public static CouncilVote count(
            UUID sessionId,
            LocalDate heldOn,
            int members,
            int votesCast,
            int approvals,
            int writtenVotes,
            BigDecimal threshold,
            Denominator denominator,
            String recordedBy) {
        if (members < 1) {
            throw ProblemException.invalidField("members", "hội đồng phải có ít nhất 1 thành viên");
        }
        if (votesCast < 0 || votesCast > members) {
            throw ProblemException.invalidField(
                    "votesCast", "số phiếu thu về từ 0 đến " + members + " (số thành viên)");
        }
        if (approvals < 0 || approvals > votesCast) {
            throw ProblemException.invalidField(
                    "approvals", "số phiếu đồng ý từ 0 đến " + votesCast + " (số phiếu thu về)");
        }
        if (writtenVotes < 0 || writtenVotes > votesCast) {
            throw ProblemException.invalidField("writtenVotes", "số phiếu bằng văn bản từ 0 đến " + votesCast);
        }
        Threshold rule = Threshold.atLeast(threshold, denominator);
        int over = rule.over(members, votesCast);
        return new CouncilVote(
                sessionId,
                heldOn,
                members,
                votesCast,
                approvals,
                writtenVotes,
                threshold,
                denominator,
                Threshold.percentOf(approvals, over),
                rule.metBy(approvals, over),
                rule.statement(approvals, over, "thành viên hội đồng", "đạt", "không đạt"),
                recordedBy);
    }
}
