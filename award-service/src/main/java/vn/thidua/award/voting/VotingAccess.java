package vn.thidua.award.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.council.Council;
import vn.thidua.award.council.CouncilRole;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.replicas.bloc.TermReplica;

/**
 * Who does what in a session. A council's secretary runs its sessions and its chair settles a tie after the
 * last round. A bloc's sessions are run by its organizer's officers and by the head unit leading the bloc on
 * the session's date of record (from 1 January until the new year's term is decided, the outgoing head:
 * {@link TermReplica#leadingOn}); a tie goes to that head and its deputy. A council member votes in person; a
 * member unit votes through its leader.
 */
@ApplicationScoped
public class VotingAccess {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CurrentUser user;

    @Inject
    AwardAccess access;

    /** Opens, counts and runs the rounds of the session; enters written votes. */
    public boolean organizes(VotingSession s) {
        if (access.isAdmin()) {
            return true;
        }
        if (s.kind == SessionKind.COUNCIL) {
            Council c = Council.findById(s.councilId);
            return c.holds(user.username(), CouncilRole.SECRETARY, s.heldOn);
        }
        return access.manages(s.organizingUnitId) || leads(s, false);
    }

    /** Settles a tie after the last round: the council's chair, or the bloc's head or deputy. */
    public boolean decidesTies(VotingSession s) {
        if (access.isAdmin()) {
            return true;
        }
        if (s.kind == SessionKind.COUNCIL) {
            Council c = Council.findById(s.councilId);
            return c.holds(user.username(), CouncilRole.CHAIR, s.heldOn);
        }
        return leads(s, true) && user.hasRole(Roles.UNIT_LEADER);
    }

    /** The user's unit heads the bloc on the session's date of record (or is its deputy, when {@code orDeputy}). */
    private boolean leads(VotingSession s, boolean orDeputy) {
        Optional<TermReplica> term = TermReplica.leadingOn(s.blocId, s.heldOn);
        if (term.isEmpty() || user.unitId().isEmpty() || !user.hasAnyRole(Roles.UNIT_LEADER, Roles.UNIT_OFFICER)) {
            return false;
        }
        return orDeputy
                ? term.get().ledBy(user.unitId().get())
                : term.get().headUnitId.equals(user.unitId().get());
    }

    /** The user's place on the roll: their account on a council, or their unit in a bloc. */
    public Optional<Elector> elector(VotingSession s) {
        if (s.kind == SessionKind.COUNCIL) {
            return Elector.byKey(s.id, user.username());
        }
        return user.unitId().flatMap(unit -> Elector.byKey(s.id, unit.toString()));
    }

    /** The elector the user casts for, or why they cannot. */
    public Elector requireVoter(VotingSession s) {
        Elector e = elector(s)
                .orElseThrow(() -> ProblemException.forbidden(
                        s.kind == SessionKind.COUNCIL
                                ? "Bạn không có tên trong danh sách thành viên hội đồng bỏ phiếu tại phiên này"
                                : "Đơn vị của bạn không phải thành viên của khối vào ngày " + s.heldOn.format(DAY)
                                        + "; không có quyền bỏ phiếu"));
        if (s.kind == SessionKind.BLOC && !user.hasRole(Roles.UNIT_LEADER)) {
            throw ProblemException.forbidden("Chỉ lãnh đạo " + e.name + " được bỏ phiếu thay cho đơn vị");
        }
        return e;
    }

    public boolean views(VotingSession s) {
        return organizes(s) || elector(s).isPresent() || access.reaches(s.organizingUnitId);
    }

    public void requireViews(VotingSession s) {
        if (!views(s)) {
            throw ProblemException.notFound("phiên bỏ phiếu", s.id);
        }
    }

    public void requireOrganizes(VotingSession s) {
        if (!organizes(s)) {
            throw ProblemException.forbidden(
                    s.kind == SessionKind.COUNCIL
                            ? "Chỉ Thư ký Hội đồng điều hành phiên bỏ phiếu"
                            : "Chỉ cán bộ thi đua của đơn vị tổ chức khối, hoặc đơn vị Trưởng khối vào ngày họp "
                                    + s.heldOn.format(DAY)
                                    + " (từ 01/01 đến khi bầu xong Trưởng khối năm mới: Trưởng khối năm trước), điều hành phiên bỏ phiếu của khối");
        }
    }
}
