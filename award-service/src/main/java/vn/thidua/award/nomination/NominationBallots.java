package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.AwardRule;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.voting.VotingPolicy;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.StoredFile;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * What the voting engine needs of nominations: putting them before a session, a voter's brief of each, and
 * the count's outcome. Runs in the engine's transaction.
 */
@ApplicationScoped
public class NominationBallots {

    @Inject
    NominationService nominations;

    @Inject
    ReplicaTree tree;

    @Inject
    AuditTrail audit;

    @Inject
    NominationMapper mapper;

    /** A nomination on the ballot and the counting rule its award's rule sets. */
    /** A nomination as a question or an option, with the threshold that decides it. */
    public record Item(UUID nominationId, String title, UUID nomineeUnitId, Threshold threshold) {}

    /** What a voter reads before choosing: the nominee, the award, the achievement and the dossier. */
    @Schema(name = "VotingBrief")
    public record Brief(
            @Schema(required = true) UUID nominationId,
            String nomineeName,
            String nomineePosition,
            String nomineeUnitName,
            String awardTypeName,
            String achievement,
            Boolean eligible,
            List<String> failures,
            String blocBallot,
            List<NominationDtos.DocumentView> documents) {}

    /** A council votes on a nomination the secretariat appraised, within the council's organizing unit. */
    public Item forCouncil(UUID nominationId, UUID sessionId, UUID councilUnitId, String field) {
        Nomination n = locked(nominationId, field);
        if (n.status != NominationStatus.AWAITING_VOTE) {
            throw ProblemException.invalidField(
                    field,
                    "đề nghị \"" + n.nomineeName + "\" chưa qua thẩm định, không ở bước chờ Hội đồng"
                            + " bỏ phiếu (trạng thái " + n.status + ")");
        }
        if (!tree.isWithin(n.proposerUnitId, councilUnitId)) {
            throw ProblemException.invalidField(
                    field, "đề nghị \"" + n.nomineeName + "\" không thuộc phạm vi của hội đồng");
        }
        AwardRule rule = nominations.ruleUnderSubmission(n);
        n.putToVote(sessionId, true);
        // the nominated award's rule: ≥ 80% or ≥ 90% of all the council's members (NĐ 98/2023 Art. 30(7))
        return new Item(
                n.id,
                "Đề nghị tặng " + NominationService.awardName(n.awardType) + " cho " + n.nomineeName,
                n.nomineeUnitId,
                Threshold.atLeast(rule.threshold(), rule.denominator()));
    }

    /** A bloc votes on the drafts its ranking proposed (the flag for the leader, certificates for others). */
    public Item forBloc(UUID nominationId, UUID sessionId, UUID blocId, String field) {
        Nomination n = locked(nominationId, field);
        if (!"BLOC".equals(n.originKind) || !blocId.equals(n.originId) || !n.isDraft()) {
            throw ProblemException.invalidField(
                    field,
                    "chỉ bình xét được dự thảo đề nghị do chính khối lập (\"" + n.nomineeName + "\": " + n.status
                            + ")");
        }
        n.putToVote(sessionId, false);
        String award = n.awardType != null ? NominationService.awardName(n.awardType) : n.requestedAward;
        return new Item(
                n.id,
                n.nomineeName + " – đề nghị " + award,
                n.nomineeUnitId,
                VotingPolicy.BLOC_MAJORITY_OF_MEMBERS.threshold());
    }

    public Brief brief(UUID nominationId) {
        Nomination n = Nomination.findById(nominationId);
        List<NominationDtos.DocumentView> docs =
                DossierDocument.<DossierDocument>list("nominationId = ?1 order by uploadedAt", nominationId).stream()
                        .map(mapper::toView)
                        .toList();
        return new Brief(
                n.id,
                n.nomineeName,
                n.nomineePosition,
                tree.name(n.nomineeUnitId),
                n.awardType != null ? NominationService.awardName(n.awardType) : n.requestedAward,
                n.achievement,
                n.eligibility == null ? null : n.eligibility.eligible(),
                n.eligibility == null
                        ? List.of()
                        : n.eligibility.failures().stream()
                                .map(f -> f.message())
                                .toList(),
                n.blocBallot,
                docs);
    }

    /** A dossier file of a nomination on the session's ballot. */
    public StoredFile.Content document(UUID nominationId, UUID documentId) {
        DossierDocument doc = DossierDocument.findById(documentId);
        if (doc == null || !doc.nominationId.equals(nominationId)) {
            throw ProblemException.notFound("tài liệu hồ sơ", documentId);
        }
        return doc.read();
    }

    /** The council's count moves the nomination to recommended or not, with its statement. */
    public void councilCounted(
            UUID nominationId,
            UUID sessionId,
            LocalDate heldOn,
            int members,
            int votesCast,
            int approvals,
            int written) {
        Nomination n = Nomination.findById(nominationId, LockModeType.PESSIMISTIC_WRITE);
        AwardRule rule = nominations.ruleUnderSubmission(n);
        CouncilVote vote = CouncilVote.count(
                sessionId,
                heldOn,
                members,
                votesCast,
                approvals,
                written,
                rule.threshold(),
                rule.denominator(),
                AuditTrail.SYSTEM);
        n.recordVote(vote);
        audit.record("award.nomination.vote", "nomination", n.id, null, vote);
        nominations.afterOutcome(n);
    }

    /** The bloc's count on its draft: kept with the statement, or withdrawn. */
    public void blocCounted(UUID nominationId, UUID sessionId, boolean carried, String statement) {
        Nomination n = Nomination.findById(nominationId, LockModeType.PESSIMISTIC_WRITE);
        n.recordBlocBallot(sessionId, carried, statement);
        audit.record(
                "award.nomination.bloc-ballot",
                "nomination",
                n.id,
                null,
                new BlocBallot(sessionId, carried, statement));
    }

    record BlocBallot(UUID sessionId, boolean carried, String statement) {}

    private static Nomination locked(UUID id, String field) {
        Nomination n = Nomination.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw ProblemException.invalidField(field, "không có đề nghị khen thưởng " + id);
        }
        return n;
    }
}
