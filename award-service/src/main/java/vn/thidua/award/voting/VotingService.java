package vn.thidua.award.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.council.Council;
import vn.thidua.award.council.CouncilMember;
import vn.thidua.award.council.CouncilRole;
import vn.thidua.award.nomination.NominationBallots;
import vn.thidua.award.voting.VotingEnums.LeadershipRole;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.bloc.BlocReplica;
import vn.thidua.replicas.bloc.MembershipReplica;
import vn.thidua.replicas.unit.ReplicaTree;

/** Opening a session, casting ballots (in person or written), counting, further rounds and the leadership's tie decisions. */
@ApplicationScoped
public class VotingService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    VotingAccess access;

    @Inject
    ReplicaTree tree;

    @Inject
    BallotBox box;

    @Inject
    SessionCount count;

    @Inject
    NominationBallots nominations;

    @Inject
    VotingQueries queries;

    @Inject
    AuditTrail audit;

    @Transactional
    public VotingDtos.SessionView open(VotingDtos.SessionInput in) {
        int quorumNumerator = in.quorumNumerator() == null ? 2 : in.quorumNumerator();
        int quorumDenominator = in.quorumDenominator() == null ? 3 : in.quorumDenominator();
        int maxRounds = in.maxRounds() == null ? 2 : in.maxRounds();
        VotingSession s = switch (in.kind()) {
            case COUNCIL -> openForCouncil(in, quorumNumerator, quorumDenominator, maxRounds);
            case BLOC -> openForBloc(in, quorumNumerator, quorumDenominator, maxRounds);
        };
        questions(s, in.questions()).forEach(q -> q.persist());
        audit.record("award.voting.open", "voting-session", s.id, null, queries.view(s));
        return queries.view(s);
    }

    private VotingSession openForCouncil(VotingDtos.SessionInput in, int qn, int qd, int maxRounds) {
        if (in.councilId() == null) {
            throw ProblemException.invalidField("councilId", "chọn hội đồng bỏ phiếu");
        }
        Council c = Council.findById(in.councilId());
        if (c == null) {
            throw ProblemException.invalidField("councilId", "không có hội đồng " + in.councilId());
        }
        VotingSession s = VotingSession.open(
                SessionKind.COUNCIL,
                c.id,
                null,
                c.organizingUnitId,
                in.title(),
                in.heldOn(),
                in.opensAt(),
                in.closesAt(),
                qn,
                qd,
                maxRounds,
                null,
                user.username(),
                OffsetDateTime.now(clock));
        if (!c.inTermOn(s.heldOn)) {
            throw ProblemException.invalidField(
                    in.heldOn() != null ? "heldOn" : "opensAt",
                    "ngày họp " + s.heldOn + " ngoài nhiệm kỳ của hội đồng");
        }
        access.requireOrganizes(s);
        s.persist();
        int i = 0;
        for (CouncilMember m : c.sittingOn(s.heldOn)) {
            Elector.of(s.id, ++i, m.username, m.fullName, roleName(m.role) + (m.title == null ? "" : " – " + m.title))
                    .persist();
        }
        return s;
    }

    private VotingSession openForBloc(VotingDtos.SessionInput in, int qn, int qd, int maxRounds) {
        if (in.blocId() == null) {
            throw ProblemException.invalidField("blocId", "chọn khối thi đua bỏ phiếu");
        }
        BlocReplica bloc = BlocReplica.findById(in.blocId());
        if (bloc == null) {
            throw ProblemException.invalidField("blocId", "không có khối " + in.blocId());
        }
        VotingSession s = VotingSession.open(
                SessionKind.BLOC,
                null,
                bloc.id,
                bloc.organizingUnitId,
                in.title(),
                in.heldOn(),
                in.opensAt(),
                in.closesAt(),
                qn,
                qd,
                maxRounds,
                in.electionYear(),
                user.username(),
                OffsetDateTime.now(clock));
        access.requireOrganizes(s);
        s.persist();
        List<UUID> members = MembershipReplica.membersOn(List.of(bloc.id), s.heldOn);
        if (members.isEmpty()) {
            throw ProblemException.invalidField(
                    "blocId", "khối không có đơn vị thành viên vào ngày " + s.heldOn.format(DAY));
        }
        List<Elector> electors = members.stream()
                .map(u -> Elector.of(s.id, 0, u.toString(), tree.name(u), null))
                .sorted(java.util.Comparator.comparing(
                        (Elector e) -> e.name == null ? "" : e.name,
                        java.text.Collator.getInstance(Locale.forLanguageTag("vi"))))
                .toList();
        for (int i = 0; i < electors.size(); i++) {
            electors.get(i).position = i + 1;
            electors.get(i).persist();
        }
        return s;
    }

    private List<Question> questions(VotingSession s, List<VotingDtos.QuestionInput> inputs) {
        Set<String> members = s.kind == SessionKind.BLOC
                ? new HashSet<>(Elector.of(s.id).stream().map(e -> e.voterKey).toList())
                : Set.of();
        List<Question> questions = new ArrayList<>();
        Map<LeadershipRole, Set<String>> candidates = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            VotingDtos.QuestionInput in = inputs.get(i);
            String field = "questions[" + i + "]";
            Question q = Question.asked(s.id, i + 1, in.kind());
            q.countedBy(threshold(s, in));
            switch (in.kind()) {
                case APPROVAL -> approval(s, q, in, field, members);
                case ELECTION, CHOOSE_UP_TO -> choice(s, q, in, field, members);
            }
            if (q.role != null
                    && candidates.put(
                                    q.role,
                                    new HashSet<>(
                                            q.options.stream().map(Option::key).toList()))
                            != null) {
                throw ProblemException.invalidField(field + ".role", "đã có câu hỏi bầu " + roleName(q.role));
            }
            questions.add(q);
        }
        if (!candidates.isEmpty()) {
            if (candidates.size() < 2) {
                throw ProblemException.invalidField("questions", "bầu cả Trưởng khối và Phó khối trong cùng phiên");
            }
            if (s.electionYear == null) {
                throw ProblemException.invalidField(
                        "electionYear", "ghi năm nhiệm kỳ của Trưởng khối, Phó khối được bầu");
            }
            Set<String> both = new HashSet<>(candidates.get(LeadershipRole.HEAD));
            both.retainAll(candidates.get(LeadershipRole.DEPUTY));
            if (!both.isEmpty()) {
                throw ProblemException.invalidField("questions", "một đơn vị không ứng cử cả Trưởng khối và Phó khối");
            }
        }
        return questions;
    }

    /** The threshold its organizer states, else the policy of the body voting. */
    private static Threshold threshold(VotingSession s, VotingDtos.QuestionInput in) {
        if (in.threshold() == null) {
            Threshold policy = VotingPolicy.byDefaultFor(s.kind).threshold();
            return new Threshold(
                    policy.percent(),
                    policy.strict(),
                    in.denominator() == null ? policy.denominator() : in.denominator());
        }
        return new Threshold(
                in.threshold(),
                Boolean.TRUE.equals(in.strict()),
                in.denominator() == null ? Denominator.ALL_MEMBERS : in.denominator());
    }

    private void approval(VotingSession s, Question q, VotingDtos.QuestionInput in, String field, Set<String> members) {
        if (in.options() != null && !in.options().isEmpty()) {
            throw ProblemException.invalidField(
                    field + ".options",
                    "câu hỏi biểu quyết có sẵn các lựa chọn Đồng ý, Không đồng ý, Không biểu quyết");
        }
        if (in.nominationId() != null) {
            NominationBallots.Item item;
            if (s.kind == SessionKind.COUNCIL) {
                if (in.threshold() != null || in.denominator() != null) {
                    throw ProblemException.invalidField(
                            field + ".threshold", "ngưỡng và mẫu số lấy theo quy định của danh hiệu được đề nghị");
                }
                item = nominations.forCouncil(in.nominationId(), s.id, s.organizingUnitId, field + ".nominationId");
                q.countedBy(item.threshold());
            } else {
                item = nominations.forBloc(in.nominationId(), s.id, s.blocId, field + ".nominationId");
                if (in.threshold() == null && in.denominator() == null) {
                    q.countedBy(item.threshold());
                }
            }
            q.approves(
                    item.nominationId(),
                    blank(in.title()) ? item.title() : in.title().strip());
            return;
        }
        if (in.unitId() != null
                && s.kind == SessionKind.BLOC
                && !members.contains(in.unitId().toString())) {
            throw ProblemException.invalidField(
                    field + ".unitId", "đơn vị không phải thành viên của khối vào ngày " + s.heldOn.format(DAY));
        }
        if (blank(in.title())) {
            throw ProblemException.invalidField(field + ".title", "ghi nội dung cần biểu quyết");
        }
        q.approves(null, in.title().strip());
    }

    private void choice(VotingSession s, Question q, VotingDtos.QuestionInput in, String field, Set<String> members) {
        LeadershipRole role = null;
        int maxChoices = 1;
        if (in.kind() == QuestionKind.ELECTION) {
            role = in.role();
            if (role != null && s.kind != SessionKind.BLOC) {
                throw ProblemException.invalidField(field + ".role", "chỉ khối thi đua bầu Trưởng khối, Phó khối");
            }
        } else {
            if (in.role() != null) {
                throw ProblemException.invalidField(
                        field + ".role", "chỉ câu hỏi bầu cử mới bầu Trưởng khối, Phó khối");
            }
            if (in.maxChoices() == null) {
                throw ProblemException.invalidField(field + ".maxChoices", "ghi số lựa chọn tối đa");
            }
            maxChoices = in.maxChoices();
        }
        List<VotingDtos.OptionInput> inputs = in.options() == null ? List.of() : in.options();
        int least = in.kind() == QuestionKind.ELECTION ? 2 : maxChoices;
        if (inputs.size() < least) {
            throw ProblemException.invalidField(
                    field + ".options",
                    in.kind() == QuestionKind.ELECTION
                            ? "cần ít nhất 2 ứng cử để bầu"
                            : "số lựa chọn tối đa (" + maxChoices + ") không vượt quá số phương án (" + inputs.size()
                                    + ")");
        }
        List<Option> options = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < inputs.size(); j++) {
            Option o = option(s, inputs.get(j), field + ".options[" + j + "]", j, members, role != null);
            if (!keys.add(o.key())) {
                throw ProblemException.invalidField(
                        field + ".options[" + j + "]", "phương án \"" + o.label() + "\" trùng");
            }
            options.add(o);
        }
        String title = !blank(in.title())
                ? in.title().strip()
                : role != null ? "Bầu " + roleName(role) + " năm " + s.electionYear : null;
        if (title == null) {
            throw ProblemException.invalidField(field + ".title", "ghi nội dung câu hỏi");
        }
        q.offers(role, maxChoices, options, title);
    }

    private Option option(
            VotingSession s,
            VotingDtos.OptionInput in,
            String field,
            int index,
            Set<String> members,
            boolean unitRequired) {
        if (in.nominationId() != null) {
            if (s.kind != SessionKind.BLOC) {
                throw ProblemException.invalidField(
                        field + ".nominationId", "Hội đồng biểu quyết từng đề nghị bằng câu hỏi biểu quyết");
            }
            NominationBallots.Item item =
                    nominations.forBloc(in.nominationId(), s.id, s.blocId, field + ".nominationId");
            return new Option(
                    item.nominationId().toString(),
                    item.title(),
                    blank(in.detail()) ? null : in.detail().strip(),
                    item.nomineeUnitId(),
                    item.nominationId());
        }
        if (in.unitId() != null) {
            if (s.kind == SessionKind.BLOC && !members.contains(in.unitId().toString())) {
                throw ProblemException.invalidField(
                        field + ".unitId", "đơn vị không phải thành viên của khối vào ngày " + s.heldOn.format(DAY));
            }
            String name = tree.name(in.unitId());
            if (name == null) {
                throw ProblemException.invalidField(field + ".unitId", "không có đơn vị " + in.unitId());
            }
            return new Option(
                    in.unitId().toString(),
                    blank(in.label()) ? name : in.label().strip(),
                    blank(in.detail()) ? null : in.detail().strip(),
                    in.unitId(),
                    null);
        }
        if (unitRequired) {
            throw ProblemException.invalidField(
                    field + ".unitId", "ứng cử Trưởng khối, Phó khối phải là đơn vị thành viên");
        }
        if (blank(in.label())) {
            throw ProblemException.invalidField(field + ".label", "ghi tên phương án");
        }
        return new Option(
                "o" + (index + 1),
                in.label().strip(),
                blank(in.detail()) ? null : in.detail().strip(),
                null,
                null);
    }

    /** A voter's own ballot, in person, during the open window; once per round. */
    @Transactional
    public VotingDtos.ReceiptView cast(UUID id, VotingDtos.BallotInput in) {
        VotingSession s = forBallot(id);
        s.requireAcceptsBallots(OffsetDateTime.now(clock));
        Elector voter = access.requireVoter(s);
        Map<UUID, List<String>> choices = choices(s, in.answers());
        if (!box.markVoted(s.id, s.round, voter.id, false, null)) {
            throw ProblemException.conflict(
                    s.kind == SessionKind.COUNCIL
                            ? "Bạn đã bỏ phiếu vòng " + s.round + " của phiên này; mỗi thành viên một phiếu"
                            : voter.name + " đã bỏ phiếu vòng " + s.round + " của phiên này; mỗi đơn vị một phiếu");
        }
        String receipt = box.drop(s.id, s.round, choices);
        audit.record("award.voting.ballot", "voting-session", s.id, null, new Turnout(s.round, false));
        return new VotingDtos.ReceiptView(
                s.id,
                s.title,
                s.round,
                receipt,
                false,
                "Phiếu đã được ghi nhận. Giữ mã biên nhận " + receipt
                        + " để tự kiểm tra trong kết quả công bố khi đóng phiên; hệ thống không lưu mã này gắn với bạn.");
    }

    /** An absent council member's written vote, entered by the secretary and marked as written in the minutes. */
    @Transactional
    public VotingDtos.ReceiptView castWritten(UUID id, VotingDtos.WrittenBallotInput in) {
        VotingSession s = forBallot(id);
        if (s.kind != SessionKind.COUNCIL) {
            throw ProblemException.rule("Phiếu bằng văn bản chỉ dành cho thành viên hội đồng vắng mặt");
        }
        access.requireOrganizes(s);
        s.requireAcceptsBallots(OffsetDateTime.now(clock));
        Elector absent = Elector.<Elector>findByIdOptional(in.electorId())
                .filter(e -> e.sessionId.equals(s.id))
                .orElseThrow(() -> ProblemException.invalidField(
                        "electorId", "không có thành viên này trong danh sách bỏ phiếu của phiên"));
        Map<UUID, List<String>> choices = choices(s, in.answers());
        if (!box.markVoted(s.id, s.round, absent.id, true, user.username())) {
            throw ProblemException.conflict(
                    absent.name + " đã có phiếu ở vòng " + s.round + "; mỗi thành viên một phiếu");
        }
        String receipt = box.drop(s.id, s.round, choices);
        audit.record(
                "award.voting.written-ballot", "voting-session", s.id, null, new WrittenEntry(s.round, absent.name));
        return new VotingDtos.ReceiptView(
                s.id,
                s.title,
                s.round,
                receipt,
                true,
                "Đã nhập phiếu bằng văn bản của " + absent.name + ". Mã biên nhận " + receipt
                        + " được gửi lại cho thành viên để tự kiểm tra.");
    }

    record Turnout(int round, boolean written) {}

    record WrittenEntry(int round, String member) {}

    /** Every question of the round answered once, each answer valid for its question. */
    private static Map<UUID, List<String>> choices(VotingSession s, List<VotingDtos.AnswerInput> answers) {
        Map<UUID, Question> questions = new HashMap<>();
        Question.of(s.id, s.round).forEach(q -> questions.put(q.id, q));
        Map<UUID, List<String>> choices = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            VotingDtos.AnswerInput a = answers.get(i);
            Question q = questions.get(a.questionId());
            if (q == null) {
                throw ProblemException.invalidField(
                        "answers[" + i + "].questionId", "câu hỏi không thuộc vòng " + s.round + " của phiên");
            }
            if (choices.put(q.id, q.validAnswer(a.choices(), "answers[" + i + "].choices")) != null) {
                throw ProblemException.invalidField(
                        "answers[" + i + "].questionId", "câu hỏi \"" + q.title + "\" được trả lời hai lần");
            }
        }
        for (Question q : questions.values()) {
            if (!choices.containsKey(q.id)) {
                throw ProblemException.invalidField("answers", "chưa trả lời câu hỏi \"" + q.title + "\"");
            }
        }
        return choices;
    }

    /** Kiểm phiếu: counts the round if attendance reaches the quorum, seals the ballots and applies the result. */
    @Transactional
    public VotingDtos.SessionView close(UUID id, long version) {
        VotingSession s = forCount(id);
        access.requireOrganizes(s);
        checkVersion(s, version);
        count.countRound(s);
        return queries.view(s);
    }

    @Transactional
    public VotingDtos.SessionView nextRound(UUID id, VotingDtos.RoundInput in) {
        VotingSession s = forCount(id);
        access.requireOrganizes(s);
        checkVersion(s, in.version());
        List<Question> previous = Question.of(s.id, s.round);
        s.nextRound(in.closesAt(), OffsetDateTime.now(clock));
        int position = 0;
        for (Question q : previous) {
            if (q.result.outcome() != Outcome.RUNOFF) {
                continue;
            }
            q.runoff(s.round, ++position).persist();
        }
        audit.record("award.voting.next-round", "voting-session", s.id, null, new NextRound(s.round, s.closesAt));
        return queries.view(s);
    }

    record NextRound(int round, OffsetDateTime closesAt) {}

    /** The leadership settles a tie left after the last round; the decision and its note are kept. */
    @Transactional
    public VotingDtos.SessionView refer(UUID id, UUID questionId, VotingDtos.ReferralInput in) {
        VotingSession s = forCount(id);
        if (!access.decidesTies(s)) {
            throw ProblemException.forbidden(
                    s.kind == SessionKind.COUNCIL
                            ? "Chủ tịch Hội đồng quyết định khi bằng phiếu"
                            : "Trưởng khối và Phó khối quyết định khi bằng phiếu");
        }
        checkVersion(s, in.version());
        Question q = Question.<Question>findByIdOptional(questionId)
                .filter(x -> x.sessionId.equals(s.id))
                .orElseThrow(() -> ProblemException.notFound("câu hỏi của phiên", questionId));
        q.refer(in.chosen(), in.note(), user.username(), OffsetDateTime.now(clock));
        count.referred(s, q);
        VotingSession.getEntityManager().lock(s, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record("award.voting.referral", "voting-session", s.id, null, q.referral);
        return queries.view(s);
    }

    private static VotingSession forBallot(UUID id) {
        VotingSession s = VotingSession.forBallot(id);
        if (s == null) {
            throw ProblemException.notFound("phiên bỏ phiếu", id);
        }
        return s;
    }

    private static VotingSession forCount(UUID id) {
        VotingSession s = VotingSession.forCount(id);
        if (s == null) {
            throw ProblemException.notFound("phiên bỏ phiếu", id);
        }
        return s;
    }

    private static void checkVersion(VotingSession s, long version) {
        if (version != s.version) {
            throw ProblemException.conflict("Phiên đã thay đổi (phiên bản " + s.version + "); hãy tải lại");
        }
    }

    static String roleName(CouncilRole role) {
        return switch (role) {
            case CHAIR -> "Chủ tịch Hội đồng";
            case VICE_CHAIR -> "Phó Chủ tịch Hội đồng";
            case STANDING_MEMBER -> "Ủy viên thường trực";
            case MEMBER -> "Ủy viên";
            case SECRETARY -> "Thư ký Hội đồng";
        };
    }

    static String roleName(LeadershipRole role) {
        return role == LeadershipRole.HEAD ? "Trưởng khối" : "Phó khối";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
