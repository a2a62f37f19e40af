package vn.thidua.award.nomination;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.award.catalog.AwardRule;
import vn.thidua.award.catalog.CatalogEnums.DossierKind;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.eligibility.Eligibility;
import vn.thidua.platform.problem.ProblemException;

/** Đề nghị khen thưởng: a nominee proposed for an award, with its dossier, on its way to a decision. */
@Entity
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    /** Who proposes: a unit, a bloc's confirmed ranking, a campaign's review, or an ad hoc proposal (đột xuất). */
    @Schema(name = "NominationOriginKind")
    public enum OriginKind {
        UNIT,
        BLOC,
        CAMPAIGN,
        AD_HOC
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    /** The occasion of an ad hoc or thematic award (e.g. "Kỷ niệm 80 năm Ngày truyền thống"). */
    public String occasion;

    /** The unit whose reach bounds the nominee: the proposing unit, a bloc's or a campaign's organizer. */
    @Column(name = "proposer_unit_id", nullable = false)
    public UUID proposerUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposer_kind", nullable = false)
    public OriginKind proposerKind;

    @Column(name = "origin_kind", nullable = false)
    public String originKind;

    @Column(name = "origin_id")
    public UUID originId;

    @Column(name = "origin_title")
    public String originTitle;

    /** The nominee's place in the bloc's ranking. */
    @Column(name = "origin_rank")
    public Integer originRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public RecipientKind nomineeKind;

    /** The collective itself, or the unit of the person or household. */
    @Column(name = "nominee_unit_id", nullable = false)
    public UUID nomineeUnitId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(name = "nominee_position")
    public String nomineePosition;

    @Column(name = "award_type")
    public String awardType;

    /** What a campaign's review asked for when it named no award type of the catalog. */
    @Column(name = "requested_award")
    public String requestedAward;

    @Column(nullable = false)
    public String achievement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "on_hold", nullable = false)
    public boolean onHold;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The rule sets in force on the submission date: the nomination is judged under them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rule_set_ids")
    public List<UUID> ruleSetIds;

    @JdbcTypeCode(SqlTypes.JSON)
    public Eligibility eligibility;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "appraisal_note")
    public String appraisalNote;

    @Column(name = "appraised_by")
    public String appraisedBy;

    @Column(name = "appraised_at")
    public OffsetDateTime appraisedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public CouncilVote vote;

    /** The voting session deciding it now: no vote from minutes and no withdrawal until it is counted. */
    @Column(name = "voting_session_id")
    public UUID votingSessionId;

    /** The bloc's ballot on a draft it proposed (bình xét, suy tôn), as the count stated it. */
    @Column(name = "bloc_ballot")
    public String blocBallot;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "decision_id")
    public UUID decisionId;

    /** Why it was withdrawn, not recommended or rejected. */
    @Column(name = "closing_reason")
    public String closingReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Nomination draft(
            OriginKind proposer,
            UUID proposerUnitId,
            String originKind,
            UUID originId,
            String originTitle,
            RecipientKind nomineeKind,
            UUID nomineeUnitId,
            UUID personId,
            String nomineeName,
            String nomineePosition,
            int year,
            String awardType,
            String achievement,
            String by,
            OffsetDateTime now) {
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.proposerKind = proposer;
        n.proposerUnitId = proposerUnitId;
        n.originKind = originKind;
        n.originId = originId;
        n.originTitle = originTitle;
        n.nomineeKind = nomineeKind;
        n.nomineeUnitId = nomineeUnitId;
        n.personId = personId;
        n.nomineeName = nomineeName;
        n.nomineePosition = nomineePosition;
        n.year = year;
        n.awardType = awardType;
        n.achievement = achievement;
        n.status = NominationStatus.DRAFT;
        n.createdBy = by;
        n.createdAt = now;
        return n;
    }

    /**
     * A bloc's or a campaign's proposal: its rank there, and the award it asked for in its own words when the
     * catalog has no award of that name for this nominee (the unit then chooses one).
     */
    public void proposedAs(Integer rank, String requestedAward) {
        this.originRank = rank;
        this.requestedAward = awardType == null ? requestedAward : null;
    }

    /** The ad hoc or thematic occasion the award is for; blank is none. */
    public void forOccasion(String occasion) {
        this.occasion = blankToNull(occasion);
    }

    /** A draft's nominee changes (only a draft the unit made itself: a bloc's or a campaign's keeps its nominee). */
    public void renominate(RecipientKind kind, UUID unitId, UUID personId, String name, String position) {
        requireDraft();
        this.nomineeKind = kind;
        this.nomineeUnitId = unitId;
        this.personId = personId;
        this.nomineeName = name;
        this.nomineePosition = position;
    }

    /** A draft's award, year, occasion and achievement are rewritten. */
    public void redraft(String awardType, int year, String occasion, String achievement) {
        requireDraft();
        this.awardType = awardType;
        this.year = year;
        forOccasion(occasion);
        this.achievement = achievement.strip();
    }

    /** What the eligibility check found on the day it judged; kept with the nomination as its dossier shows it. */
    public void assessed(Eligibility result) {
        this.eligibility = result;
    }

    public boolean isDraft() {
        return status == NominationStatus.DRAFT;
    }

    public void requireDraft() {
        if (!isDraft()) {
            throw ProblemException.rule("Đề nghị đã gửi, không sửa được nữa (trạng thái " + status + ")");
        }
    }

    /**
     * Gửi: the award type is chosen, every document the rule requires is in the dossier, and a yearly
     * nomination is in before the rule set's deadline (a day of the following year).
     */
    public void submit(
            LocalDate on,
            AwardRule rule,
            MonthDay deadline,
            Set<DossierKind> documents,
            List<UUID> ruleSetIds,
            String by) {
        requireDraft();
        requireNotUnderVote(null);
        if (awardType == null) {
            throw ProblemException.invalidField("awardType", "chưa chọn danh hiệu hoặc hình thức khen thưởng");
        }
        List<DossierKind> missing = rule.requiredDocuments().stream()
                .filter(k -> !documents.contains(k))
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField(
                    "documents",
                    "hồ sơ còn thiếu: "
                            + missing.stream().map(Nomination::documentName).collect(Collectors.joining(", ")));
        }
        if (deadline != null && proposerKind != OriginKind.AD_HOC) {
            LocalDate due = deadline.atYear(year + 1);
            if (on.isAfter(due)) {
                throw ProblemException.rule(
                        "Đã quá hạn nộp hồ sơ đề nghị khen thưởng năm %d (hạn cuối %02d/%02d/%d theo quy định)"
                                .formatted(year, due.getDayOfMonth(), due.getMonthValue(), due.getYear()));
            }
        }
        status = NominationStatus.SUBMITTED;
        submittedOn = on;
        submittedBy = by;
        this.ruleSetIds = List.copyOf(ruleSetIds);
    }

    public void startAppraisal() {
        expect(NominationStatus.SUBMITTED, "tiếp nhận thẩm định");
        status = NominationStatus.IN_APPRAISAL;
    }

    /**
     * Kết quả thẩm định. Passing a nomination that fails a rule needs an override reason, which is kept.
     * A passing nomination goes to the council when its rule says so, else straight to the recommended list.
     */
    public void appraise(
            boolean pass, String note, String overrideReason, boolean councilVote, String by, OffsetDateTime now) {
        expect(NominationStatus.IN_APPRAISAL, "kết luận thẩm định");
        if (pass
                && eligibility != null
                && !eligibility.eligible()
                && (overrideReason == null || overrideReason.isBlank())) {
            throw ProblemException.invalidField(
                    "overrideReason",
                    "đề nghị chưa đủ điều kiện (" + eligibility.failures().size()
                            + " tiêu chí không đạt); muốn vẫn chấp thuận phải ghi rõ lý do");
        }
        appraisalNote = note;
        appraisedBy = by;
        appraisedAt = now;
        if (pass && eligibility != null && !eligibility.eligible()) {
            this.overrideReason = overrideReason.strip();
            this.overrideBy = by;
        }
        if (!pass) {
            status = NominationStatus.NOT_RECOMMENDED;
            closingReason = note;
        } else {
            status = councilVote ? NominationStatus.AWAITING_VOTE : NominationStatus.RECOMMENDED;
        }
    }

    /** Puts the nomination before a council session (awaiting its vote) or a bloc session (its own draft). */
    public void putToVote(UUID sessionId, boolean council) {
        if (votingSessionId != null) {
            throw ProblemException.rule("Đề nghị \"" + nomineeName + "\" đang được bỏ phiếu ở một phiên khác");
        }
        expect(council ? NominationStatus.AWAITING_VOTE : NominationStatus.DRAFT, "đưa ra bỏ phiếu");
        votingSessionId = sessionId;
    }

    /** The council's result, from a session's count or from the minutes of a paper ballot. */
    public void recordVote(CouncilVote vote) {
        expect(NominationStatus.AWAITING_VOTE, "ghi kết quả bỏ phiếu");
        requireNotUnderVote(vote.sessionId());
        votingSessionId = null;
        this.vote = vote;
        status = vote.passed() ? NominationStatus.RECOMMENDED : NominationStatus.NOT_RECOMMENDED;
        if (!vote.passed()) {
            closingReason = "Hội đồng bỏ phiếu: " + vote.statement();
        }
    }

    /** The bloc's count on its own draft: kept with the statement, or withdrawn when the bloc did not carry it. */
    public void recordBlocBallot(UUID sessionId, boolean carried, String statement) {
        requireDraft();
        requireNotUnderVote(sessionId);
        votingSessionId = null;
        blocBallot = statement;
        if (!carried) {
            status = NominationStatus.WITHDRAWN;
            closingReason = "Khối bình xét không đề nghị: " + statement;
        }
    }

    private void requireNotUnderVote(UUID bySession) {
        if (votingSessionId != null && !votingSessionId.equals(bySession)) {
            throw ProblemException.rule(
                    "Đề nghị \"" + nomineeName + "\" đang được bỏ phiếu tại phiên bỏ phiếu; kết quả do phiên đó ghi");
        }
    }

    public void disclose(UUID noticeId) {
        expect(NominationStatus.RECOMMENDED, "đưa ra công khai");
        this.noticeId = noticeId;
        status = NominationStatus.IN_DISCLOSURE;
    }

    public void hold() {
        expect(NominationStatus.IN_DISCLOSURE, "tạm dừng do có kiến nghị");
        onHold = true;
    }

    public void release() {
        onHold = false;
    }

    /** An upheld objection takes the nomination out of the list. */
    public void reject(String reason) {
        expect(NominationStatus.IN_DISCLOSURE, "loại khỏi danh sách");
        status = NominationStatus.REJECTED;
        onHold = false;
        closingReason = reason;
    }

    /** Listed in a draft decision: in one decision at a time. */
    public void includeIn(UUID draftDecisionId) {
        if (decisionId != null && !decisionId.equals(draftDecisionId)) {
            throw ProblemException.rule("Đề nghị \"" + nomineeName + "\" đã có trong một quyết định khác");
        }
        decisionId = draftDecisionId;
    }

    /** Its draft decision was discarded: it may go into another one. */
    public void leaveDraftDecision() {
        if (status == NominationStatus.DECIDED) {
            throw ProblemException.rule("Đề nghị \"" + nomineeName + "\" đã được quyết định khen thưởng");
        }
        decisionId = null;
    }

    public void decide(UUID decisionId) {
        expect(NominationStatus.IN_DISCLOSURE, "đưa vào quyết định");
        if (onHold) {
            throw ProblemException.rule(
                    "Đề nghị \"" + nomineeName + "\" đang tạm dừng do có kiến nghị chưa giải quyết");
        }
        this.decisionId = decisionId;
        status = NominationStatus.DECIDED;
    }

    public void withdraw(String reason) {
        if (!NominationStatus.OPEN.contains(status)) {
            throw ProblemException.rule("Chỉ rút được đề nghị chưa có quyết định (trạng thái hiện tại " + status + ")");
        }
        requireNotUnderVote(null);
        status = NominationStatus.WITHDRAWN;
        onHold = false;
        closingReason = reason;
    }

    public void revoke(String reason) {
        expect(NominationStatus.DECIDED, "thu hồi");
        status = NominationStatus.REVOKED;
        closingReason = reason;
    }

    void expect(NominationStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.rule("Không thể " + action + " khi đề nghị đang ở trạng thái " + status);
        }
    }

    public static String documentName(DossierKind kind) {
        return switch (kind) {
            case SUBMISSION_MEMO -> "tờ trình";
            case ACHIEVEMENT_REPORT -> "báo cáo thành tích";
            case REVIEW_MINUTES -> "biên bản bình xét";
            case INITIATIVE_RECOGNITION -> "công nhận sáng kiến, đề tài";
            case OTHER -> "tài liệu khác";
        };
    }

    public static List<Nomination> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
