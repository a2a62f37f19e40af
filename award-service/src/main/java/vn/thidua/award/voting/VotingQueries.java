package vn.thidua.award.voting;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.council.Council;
import vn.thidua.award.nomination.NominationBallots;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.award.voting.VotingEnums.SessionStatus;
import vn.thidua.platform.documents.StoredFile;
import vn.thidua.platform.parking.DeliveryProblem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.bloc.BlocReplica;

/** Reading sessions: the voter's and organizer's view, the live board and the published result. */
@ApplicationScoped
public class VotingQueries {

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    VotingAccess access;

    @Inject
    AwardAccess awardAccess;

    @Inject
    BallotBox box;

    @Inject
    NominationBallots nominations;

    @Inject
    VotingMapper mapper;

    /** Sessions the user runs, votes in, or reaches; the newest first. */
    public List<VotingDtos.SessionSummary> list() {
        StringBuilder where = new StringBuilder("(1 = 1");
        Parameters params = new Parameters();
        awardAccess.restrict(where, params, "organizingUnitId");
        where.append(") or exists (select 1 from Elector e where e.sessionId = s.id and lower(e.voterKey) in :me)");
        params.and(
                "me",
                Stream.concat(
                                Stream.of(user.username().toLowerCase(Locale.ROOT)),
                                user.unitId().stream().map(UUID::toString))
                        .toList());
        return VotingSession.<VotingSession>find(
                        "from VotingSession s where " + where + " order by s.opensAt desc", params)
                .list()
                .stream()
                .map(this::summary)
                .toList();
    }

    public VotingDtos.SessionView get(UUID id) {
        VotingSession s = find(id);
        access.requireViews(s);
        return view(s);
    }

    VotingDtos.SessionSummary summary(VotingSession s) {
        int electorate = Elector.countIn(s.id);
        BallotBox.Turnout turnout = box.turnout(s.id, s.round);
        return new VotingDtos.SessionSummary(
                s.id,
                s.kind,
                s.title,
                bodyName(s),
                s.heldOn,
                s.opensAt,
                s.closesAt,
                s.round,
                s.status,
                s.acceptsBallotsAt(OffsetDateTime.now(clock)),
                electorate,
                turnout.voted(),
                me(s));
    }

    VotingDtos.SessionView view(VotingSession s) {
        List<Elector> electors = Elector.of(s.id);
        BallotBox.Turnout turnout = box.turnout(s.id, s.round);
        List<Question> questions = Question.of(s.id);
        Map<UUID, NominationBallots.Brief> briefs = new LinkedHashMap<>();
        questions.stream()
                .flatMap(q -> Stream.concat(
                        Stream.ofNullable(q.nominationId), q.options.stream().map(Option::nominationId)))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(n -> briefs.put(n, nominations.brief(n)));
        VotingDtos.Me me = me(s);
        List<VotingDtos.ElectorView> roll = List.of();
        if (me.organizer()) {
            Set<UUID> voted = box.voted(s.id, s.round);
            Set<UUID> written = box.writtenBy(s.id, s.round);
            roll = electors.stream()
                    .map(e -> new VotingDtos.ElectorView(
                            e.id, e.name, e.detail, voted.contains(e.id), written.contains(e.id)))
                    .toList();
        }
        return new VotingDtos.SessionView(
                s.id,
                s.kind,
                s.title,
                s.councilId,
                s.blocId,
                bodyName(s),
                s.organizingUnitId,
                s.heldOn,
                s.electionYear,
                s.opensAt,
                s.closesAt,
                s.quorumText(),
                s.quorumOf(electors.size()),
                s.maxRounds,
                s.round,
                s.status,
                s.acceptsBallotsAt(OffsetDateTime.now(clock)),
                electors.size(),
                turnout.voted(),
                turnout.written(),
                questions.stream().map(q -> question(s, q)).toList(),
                briefs,
                roll,
                me,
                s.openedBy,
                s.closedAt,
                s.closedBy,
                me.organizer()
                        ? DeliveryProblem.openAbout(s.id.toString()).stream()
                                .map(DeliveryProblem::view)
                                .toList()
                        : List.of(),
                s.version);
    }

    private VotingDtos.Me me(VotingSession s) {
        Optional<Elector> elector = access.elector(s);
        boolean voted = elector.isPresent() && box.voted(s.id, s.round).contains(elector.get().id);
        boolean mayCast = elector.isPresent()
                && (s.kind == SessionKind.COUNCIL || user.hasRole(vn.thidua.platform.security.Roles.UNIT_LEADER));
        return new VotingDtos.Me(
                elector.isPresent(),
                elector.map(e -> e.name).orElse(null),
                voted,
                mayCast && !voted && s.acceptsBallotsAt(OffsetDateTime.now(clock)),
                access.organizes(s),
                access.decidesTies(s));
    }

    /** A question as shown; results only once its round is counted. */
    VotingDtos.QuestionView question(VotingSession s, Question q) {
        return new VotingDtos.QuestionView(
                q.id,
                q.round,
                q.position,
                q.kind,
                q.title,
                q.nominationId,
                q.role,
                q.threshold,
                q.strict,
                q.denominator,
                ruleText(s, q.rule()),
                q.maxChoices,
                q.options.stream().map(mapper::toView).toList(),
                q.runoffOf,
                q.result,
                q.referral);
    }

    /** What the public result shows of a question: no nomination or unit reference, no account of who settled a tie. */
    private static VotingDtos.PublicQuestion published(VotingSession s, Question q) {
        return new VotingDtos.PublicQuestion(
                q.id,
                q.round,
                q.position,
                q.kind,
                q.title,
                q.role,
                ruleText(s, q.rule()),
                q.maxChoices,
                q.options.stream()
                        .map(o -> new VotingDtos.PublicOption(o.key(), o.label(), o.detail()))
                        .toList(),
                q.result,
                q.referral == null
                        ? null
                        : new VotingDtos.PublicReferral(
                                q.referral.chosen(), q.referral.note(), q.referral.decidedAt()));
    }

    static String ruleText(VotingSession s, Threshold t) {
        return (t.strict() ? "> " : "≥ ") + Threshold.decimal(t.percent()) + "% "
                + (t.denominator() == Denominator.ALL_MEMBERS ? "tổng số " + s.membersNoun() : "số phiếu thu về");
    }

    /** The conference-screen board: how many of how many have voted, never how. */
    public VotingDtos.Progress progress(UUID id) {
        VotingSession s = find(id);
        access.requireViews(s);
        int electorate = Elector.countIn(s.id);
        BallotBox.Turnout turnout = box.turnout(s.id, s.round);
        int present = turnout.voted() - turnout.written();
        return new VotingDtos.Progress(
                s.id,
                s.title,
                bodyName(s),
                s.status,
                s.round,
                electorate,
                turnout.voted(),
                turnout.written(),
                present,
                s.quorumOf(electorate),
                present >= s.quorumOf(electorate),
                s.opensAt,
                s.closesAt,
                s.acceptsBallotsAt(OffsetDateTime.now(clock)),
                OffsetDateTime.now(clock));
    }

    /** The published result of the counted rounds with every ballot by receipt; public, so anyone can recount. */
    public VotingDtos.ResultView result(UUID id) {
        VotingSession s = find(id);
        int counted = s.status == SessionStatus.OPEN ? s.round - 1 : s.round;
        if (counted == 0) {
            throw ProblemException.rule("Phiên chưa kiểm phiếu; kết quả chỉ công bố khi đóng phiên");
        }
        int electorate = Elector.countIn(s.id);
        List<Question> questions = Question.of(s.id);
        List<VotingDtos.RoundResult> rounds = new java.util.ArrayList<>();
        for (int round = 1; round <= counted; round++) {
            int r = round;
            BallotBox.Turnout turnout = box.turnout(s.id, r);
            List<VotingDtos.PublishedBallot> ballots = Ballot.of(s.id, r).stream()
                    .map(b -> new VotingDtos.PublishedBallot(b.receipt, b.choices))
                    .toList();
            rounds.add(new VotingDtos.RoundResult(
                    r,
                    electorate,
                    turnout.voted(),
                    turnout.written(),
                    turnout.voted() - turnout.written(),
                    s.quorumOf(electorate),
                    questions.stream()
                            .filter(q -> q.round == r)
                            .map(q -> published(s, q))
                            .toList(),
                    ballots));
        }
        return new VotingDtos.ResultView(
                s.id, s.kind, s.title, bodyName(s), s.heldOn, s.status, s.quorumText(), rounds);
    }

    /** A dossier file of a nomination on the session's ballot, for those who vote on it or run the session. */
    public StoredFile.Content dossier(UUID id, UUID nominationId, UUID documentId) {
        VotingSession s = find(id);
        access.requireViews(s);
        boolean onBallot = Question.of(s.id).stream()
                .anyMatch(q -> nominationId.equals(q.nominationId)
                        || q.options.stream().anyMatch(o -> nominationId.equals(o.nominationId())));
        if (!onBallot) {
            throw ProblemException.notFound("đề nghị trong phiên bỏ phiếu", nominationId);
        }
        return nominations.document(nominationId, documentId);
    }

    String bodyName(VotingSession s) {
        if (s.kind == SessionKind.COUNCIL) {
            Council c = Council.findById(s.councilId);
            return c == null ? null : c.name;
        }
        BlocReplica b = BlocReplica.findById(s.blocId);
        return b == null ? null : b.name;
    }

    static VotingSession find(UUID id) {
        VotingSession s = VotingSession.findById(id);
        if (s == null) {
            throw ProblemException.notFound("phiên bỏ phiếu", id);
        }
        return s;
    }
}
