package vn.thidua.bloc.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.thidua.bloc.covenant.Covenant;
import vn.thidua.bloc.scoring.ScoringRound;
import vn.thidua.bloc.term.Term;
import vn.thidua.platform.problem.ProblemException;

/** A meeting's decision links to what it changed, which must belong to the same bloc. */
@ApplicationScoped
public class MeetingSubjects {

    void requireSubject(UUID blocId, DecisionKind kind, UUID subjectId, String field) {
        if (kind == DecisionKind.OTHER) {
            if (subjectId != null) {
                throw ProblemException.invalidField(field, "quyết định loại khác không liên kết tới đối tượng nào");
            }
            return;
        }
        if (subjectId == null) {
            throw ProblemException.invalidField(field, "cần chỉ rõ " + what(kind) + " mà quyết định này thay đổi");
        }
        UUID owner = switch (kind) {
            case TERM ->
                Term.<Term>findByIdOptional(subjectId).map(t -> t.blocId).orElse(null);
            case COVENANT ->
                Covenant.<Covenant>findByIdOptional(subjectId)
                        .map(c -> c.blocId)
                        .orElse(null);
            case RANKING ->
                ScoringRound.<ScoringRound>findByIdOptional(subjectId)
                        .map(r -> r.blocId)
                        .orElse(null);
            case OTHER -> null;
        };
        if (!blocId.equals(owner)) {
            throw ProblemException.invalidField(field, "không có " + what(kind) + " " + subjectId + " của khối này");
        }
    }

    private static String what(DecisionKind kind) {
        return switch (kind) {
            case TERM -> "nhiệm kỳ";
            case COVENANT -> "giao ước";
            case RANKING -> "đợt chấm điểm, xếp hạng";
            case OTHER -> "đối tượng";
        };
    }
}
