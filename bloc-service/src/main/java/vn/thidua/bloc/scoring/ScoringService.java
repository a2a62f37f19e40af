package vn.thidua.bloc.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.blocs.BlocAccess;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.bloc.covenant.Clause;
import vn.thidua.bloc.covenant.Covenant;
import vn.thidua.bloc.covenant.CovenantStatus;
import vn.thidua.bloc.membership.Membership;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;

/** Year-end scoring: members score against the covenant, the head closes, the ranking is confirmed. */
@ApplicationScoped
public class ScoringService {

    static final String METHOD = "Tổng điểm của một phiếu là tổng điểm các điều khoản có chấm điểm. Không chấm chéo: "
            + "điểm của đơn vị là điểm tự chấm. Có chấm chéo: điểm của đơn vị là trung bình cộng tổng điểm mà các đơn vị "
            + "thành viên đã chấm cho đơn vị đó (kể cả tự chấm), làm tròn đến hai chữ số thập phân. Xếp hạng theo điểm từ "
            + "cao xuống thấp; các đơn vị bằng điểm cùng hạng và được đánh dấu đồng hạng, hạng kế tiếp bỏ qua (1, 2, 2, 4).";

    @Inject
    Clock clock;

    @Inject
    BlocAccess access;

    @Inject
    CurrentUser user;

    @Inject
    UnitTree units;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional
    public ScoringDtos.ScoringView open(UUID blocId, int year) {
        Bloc bloc = Bloc.lock(blocId);
        access.requireRun(bloc, year);
        if (ScoringRound.of(blocId, year) != null) {
            throw ProblemException.conflict("Đã mở chấm điểm năm " + year);
        }
        Covenant covenant = Covenant.of(blocId, year);
        if (covenant == null
                || (covenant.status != CovenantStatus.IN_FORCE && covenant.status != CovenantStatus.CLOSED)) {
            throw ProblemException.rule(
                    "Chỉ chấm điểm theo giao ước năm " + year + " đã có hiệu lực (mọi thành viên đã ký)");
        }
        if (criteria(covenant).isEmpty()) {
            throw ProblemException.rule("Giao ước năm " + year + " không có điều khoản nào có điểm tối đa để chấm");
        }
        ScoringRound round = ScoringRound.open(
                blocId, year, covenant.id, covenant.revision, bloc.crossScoring, OffsetDateTime.now(clock));
        round.persist();
        audit.record(
                "bloc.scoring.open",
                "scoring-round",
                round.id,
                null,
                Map.of("year", year, "covenantRevision", covenant.revision, "crossScoring", bloc.crossScoring));
        return view(bloc, round);
    }

    /** The caller's unit scores {@code scoredUnitId}: every scored clause once, within its maximum. */
    @Transactional
    public ScoringDtos.ScorecardView submit(
            UUID blocId, int year, UUID scoredUnitId, ScoringDtos.ScorecardInput input) {
        Bloc bloc = access.viewable(blocId);
        ScoringRound round = ScoringRound.lock(blocId, year);
        round.requireOpen();
        LocalDate day = Membership.dayInYear(year, LocalDate.now(clock));
        UUID scorer = scoringUnit(bloc, day);
        if (!Membership.isMember(blocId, scoredUnitId, day)) {
            throw ProblemException.notFound("đơn vị thành viên", scoredUnitId);
        }
        if (!round.crossScoring && !scorer.equals(scoredUnitId)) {
            throw ProblemException.forbidden("Quy chế của khối không có chấm chéo: mỗi đơn vị chỉ tự chấm điểm mình");
        }
        Map<Integer, Clause> criteria = criteria(Covenant.findById(round.covenantId)).stream()
                .collect(Collectors.toMap(Clause::number, c -> c));
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < input.points().size(); i++) {
            ScoringDtos.ClauseScore score = input.points().get(i);
            Clause clause = criteria.get(score.clause());
            if (clause == null) {
                throw ProblemException.invalidField(
                        "points[" + i + "].clause",
                        "điều khoản " + score.clause() + " không có trong giao ước hoặc không có điểm tối đa");
            }
            if (!given.add(score.clause())) {
                throw ProblemException.invalidField(
                        "points[" + i + "].clause", "điều khoản " + score.clause() + " được chấm hai lần");
            }
            if (score.points().compareTo(clause.maxPoints()) > 0) {
                throw ProblemException.invalidField(
                        "points[" + i + "].points",
                        "điểm " + plain(score.points()) + " vượt điểm tối đa " + plain(clause.maxPoints())
                                + " của điều khoản " + clause.number());
            }
        }
        List<Integer> missing = criteria.keySet().stream()
                .filter(n -> !given.contains(n))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField(
                    "points",
                    "còn thiếu điểm của điều khoản "
                            + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        ScoreEntry.delete(
                "key.roundId = ?1 and key.scorerUnitId = ?2 and key.scoredUnitId = ?3", round.id, scorer, scoredUnitId);
        ScoreEntry.flush();
        for (ScoringDtos.ClauseScore score : input.points()) {
            ScoreEntry.of(
                            new ScoreEntry.Key(round.id, scorer, scoredUnitId, score.clause()),
                            score.points(),
                            user.username(),
                            OffsetDateTime.now(clock))
                    .persist();
        }
        ScoreEntry.flush();
        ScoringDtos.ScorecardView card = scorecard(round.id, scorer, scoredUnitId);
        audit.record("bloc.scoring.submit", "scorecard", round.id, null, card);
        return card;
    }

    @Transactional
    public ScoringDtos.ScoringView close(UUID blocId, int year) {
        Bloc bloc = Bloc.require(blocId);
        access.requireRun(bloc, year);
        ScoringRound round = ScoringRound.lock(blocId, year);
        List<UUID> members = members(blocId, year);
        Map<UUID, BigDecimal> selfTotals = totals(round.id).stream()
                .filter(t -> t.scorer().equals(t.scored()))
                .collect(Collectors.toMap(Ranking.Total::scored, Ranking.Total::points));
        List<String> unscored = members.stream()
                .filter(m -> !selfTotals.containsKey(m))
                .map(m -> name(m))
                .sorted()
                .toList();
        if (!unscored.isEmpty()) {
            throw ProblemException.rule("Chưa khóa sổ được: còn " + unscored.size() + " đơn vị chưa tự chấm điểm ("
                    + String.join("; ", unscored) + ")");
        }
        round.close(OffsetDateTime.now(clock));
        for (Ranking.Ranked ranked : Ranking.rank(members, totals(round.id), round.crossScoring)) {
            RankingEntry.of(round.id, ranked).persist();
        }
        audit.record("bloc.scoring.close", "scoring-round", round.id, null, Map.of("year", year));
        return view(bloc, round);
    }

    /** The head confirms the ranking and the proposals; award-service drafts nominations from the event. */
    @Transactional
    public ScoringDtos.ScoringView confirm(UUID blocId, int year, ScoringDtos.ConfirmRanking input) {
        Bloc bloc = Bloc.require(blocId);
        access.requireRun(bloc, year);
        ScoringRound round = ScoringRound.lock(blocId, year);
        Map<UUID, RankingEntry> ranking = RankingEntry.<RankingEntry>list("key.roundId", round.id).stream()
                .collect(Collectors.toMap(e -> e.key.unitId(), e -> e));
        round.confirm(user.username(), OffsetDateTime.now(clock));
        Set<UUID> proposed = new HashSet<>();
        for (int i = 0; i < input.flagUnitIds().size(); i++) {
            RankingEntry entry = ranked(ranking, input.flagUnitIds().get(i), "flagUnitIds[" + i + "]");
            if (entry.rank != 1) {
                throw ProblemException.invalidField(
                        "flagUnitIds[" + i + "]",
                        "\"" + name(entry.key.unitId()) + "\" xếp hạng " + entry.rank
                                + ", không phải đơn vị dẫn đầu; Cờ thi đua chỉ đề nghị cho đơn vị hạng 1");
            }
            if (!proposed.add(entry.key.unitId())) {
                throw ProblemException.invalidField("flagUnitIds[" + i + "]", "đơn vị này có hai lần trong đề nghị");
            }
            entry.propose(Proposal.EMULATION_FLAG);
        }
        List<UUID> merit = input.meritUnitIds() == null ? List.of() : input.meritUnitIds();
        for (int i = 0; i < merit.size(); i++) {
            RankingEntry entry = ranked(ranking, merit.get(i), "meritUnitIds[" + i + "]");
            if (!proposed.add(entry.key.unitId())) {
                throw ProblemException.invalidField(
                        "meritUnitIds[" + i + "]",
                        "\"" + name(entry.key.unitId())
                                + "\" đã được đề nghị ở mục khác; mỗi đơn vị chỉ một hình thức");
            }
            entry.propose(Proposal.CERTIFICATE_OF_MERIT);
        }
        RankingEntry.flush();
        ScoringEvents.RankingConfirmed event = new ScoringEvents.RankingConfirmed(
                round.id,
                blocId,
                bloc.name,
                year,
                round.covenantId,
                round.confirmedBy,
                round.confirmedAt,
                ranking.values().stream()
                        .sorted(Comparator.comparingInt((RankingEntry e) -> e.rank)
                                .thenComparing(e -> name(e.key.unitId())))
                        .map(e -> new ScoringEvents.RankedUnit(
                                e.key.unitId(), name(e.key.unitId()), e.rank, e.tied, e.score, e.proposal))
                        .toList());
        audit.record("bloc.ranking.confirm", "scoring-round", round.id, null, event);
        outbox.publish(BlocEvents.TOPIC, ScoringEvents.RANKING_CONFIRMED, blocId, event);
        return view(bloc, round);
    }

    public ScoringDtos.ScoringView get(UUID blocId, int year) {
        Bloc bloc = access.viewable(blocId);
        ScoringRound round = ScoringRound.of(blocId, year);
        if (round == null) {
            throw ProblemException.notFound("đợt chấm điểm năm " + year + " của khối", blocId);
        }
        return view(bloc, round);
    }

    /** The scorecards a member unit has handed in (its own unit when {@code scorer} is absent). */
    public List<ScoringDtos.ScorecardView> scorecards(UUID blocId, int year, UUID scorer) {
        Bloc bloc = access.viewable(blocId);
        ScoringRound round = ScoringRound.of(blocId, year);
        if (round == null) {
            throw ProblemException.notFound("đợt chấm điểm năm " + year + " của khối", blocId);
        }
        UUID who = scorer != null
                ? scorer
                : user.unitId()
                        .orElseThrow(() -> ProblemException.invalidField(
                                "scorer", "tài khoản không gắn với đơn vị nào; hãy chọn đơn vị chấm"));
        boolean own = user.unitId().map(who::equals).orElse(false);
        if (!own && !access.canRun(bloc, year)) {
            throw ProblemException.forbidden("Chỉ xem được phiếu chấm của đơn vị mình");
        }
        List<UUID> scored =
                ScoreEntry.<ScoreEntry>list("key.roundId = ?1 and key.scorerUnitId = ?2", round.id, who).stream()
                        .map(e -> e.key.scoredUnitId())
                        .distinct()
                        .toList();
        return scored.stream().map(s -> scorecard(round.id, who, s)).toList();
    }

    /** The ranking (or, before closing, the scoring progress is all there is) as an Excel sheet. */
    public byte[] rankingSheet(UUID blocId, int year) {
        ScoringDtos.ScoringView view = get(blocId, year);
        Bloc bloc = Bloc.require(blocId);
        List<List<Object>> rows = new ArrayList<>();
        for (ScoringDtos.RankingRow r : view.ranking()) {
            rows.add(List.of(
                    r.rank(),
                    r.tied() ? "đồng hạng" : "",
                    r.unit().name(),
                    r.selfTotal() == null ? "" : r.selfTotal(),
                    r.score(),
                    r.scorerCount(),
                    r.proposal() == null ? "" : r.proposal() == Proposal.EMULATION_FLAG ? "Cờ thi đua" : "Bằng khen"));
        }
        return vn.thidua.platform.documents.Spreadsheets.table(
                "Xếp hạng",
                "Kết quả chấm điểm, xếp hạng năm " + year + " – " + bloc.name,
                List.of("Hạng", "Đồng hạng", "Đơn vị", "Tự chấm", "Điểm", "Số phiếu", "Đề nghị khen thưởng"),
                rows);
    }

    static boolean isScoredClause(Clause clause) {
        return clause.maxPoints() != null;
    }

    private static List<Clause> criteria(Covenant covenant) {
        return covenant.clauses.stream().filter(ScoringService::isScoredClause).toList();
    }

    private UUID scoringUnit(Bloc bloc, LocalDate day) {
        if (!user.hasAnyRole(Roles.UNIT_LEADER, Roles.UNIT_OFFICER)
                || user.unitId().isEmpty()) {
            throw ProblemException.forbidden("Chỉ lãnh đạo hoặc cán bộ thi đua của đơn vị thành viên mới chấm điểm");
        }
        UUID unit = user.unitId().get();
        if (!Membership.isMember(bloc.id, unit, day)) {
            throw ProblemException.forbidden("Đơn vị của bạn không phải thành viên của \"" + bloc.name + "\"");
        }
        return unit;
    }

    private List<UUID> members(UUID blocId, int year) {
        return Membership.on(blocId, Membership.dayInYear(year, LocalDate.now(clock))).stream()
                .map(m -> m.unitId)
                .toList();
    }

    private static List<Ranking.Total> totals(UUID roundId) {
        Map<List<UUID>, BigDecimal> sums = new HashMap<>();
        for (ScoreEntry e : ScoreEntry.<ScoreEntry>list("key.roundId", roundId)) {
            sums.merge(List.of(e.key.scorerUnitId(), e.key.scoredUnitId()), e.points, BigDecimal::add);
        }
        List<Ranking.Total> totals = new ArrayList<>();
        sums.forEach((pair, points) -> totals.add(new Ranking.Total(pair.get(0), pair.get(1), points)));
        return totals;
    }

    private ScoringDtos.ScorecardView scorecard(UUID roundId, UUID scorer, UUID scored) {
        List<ScoreEntry> entries = ScoreEntry.list(
                "key.roundId = ?1 and key.scorerUnitId = ?2 and key.scoredUnitId = ?3 " + "order by key.clauseNumber",
                roundId,
                scorer,
                scored);
        Map<UUID, UnitRef> refs = units.refs(List.of(scorer, scored));
        BigDecimal total = entries.stream().map(e -> e.points).reduce(BigDecimal.ZERO, BigDecimal::add);
        ScoreEntry last =
                entries.stream().max(Comparator.comparing(e -> e.submittedAt)).orElse(null);
        return new ScoringDtos.ScorecardView(
                refs.get(scorer),
                refs.get(scored),
                entries.stream()
                        .map(e -> new ScoringDtos.ClauseScore(e.key.clauseNumber(), e.points))
                        .toList(),
                total,
                last == null ? null : last.submittedBy,
                last == null ? null : last.submittedAt);
    }

    private ScoringDtos.ScoringView view(Bloc bloc, ScoringRound round) {
        Covenant covenant = Covenant.findById(round.covenantId);
        List<Clause> criteria = criteria(covenant);
        List<UUID> members = members(bloc.id, round.year);
        Map<UUID, UnitRef> refs = units.refs(members);
        List<Ranking.Total> totals = totals(round.id);
        List<ScoringDtos.Progress> progress = members.stream()
                .map(refs::get)
                .sorted(Comparator.comparing(
                        UnitRef::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .map(unit -> new ScoringDtos.Progress(
                        unit,
                        totals.stream()
                                .anyMatch(t -> t.scorer().equals(unit.id())
                                        && t.scored().equals(unit.id())),
                        (int) totals.stream()
                                .filter(t -> t.scorer().equals(unit.id()))
                                .count(),
                        round.crossScoring ? members.size() : 1))
                .toList();
        List<ScoringDtos.RankingRow> ranking = RankingEntry.<RankingEntry>list("key.roundId", round.id).stream()
                .sorted(Comparator.comparingInt((RankingEntry e) -> e.rank).thenComparing(e -> name(e.key.unitId())))
                .map(e -> new ScoringDtos.RankingRow(
                        e.rank, e.tied, units.ref(e.key.unitId()), e.selfTotal, e.score, e.scorerCount, e.proposal))
                .toList();
        List<UUID> mayScore = mayScore(bloc, round, members);
        BigDecimal maxTotal = criteria.stream().map(Clause::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScoringDtos.ScoringView(
                round.id,
                bloc.id,
                round.year,
                round.status,
                round.crossScoring,
                round.covenantRevision,
                criteria.stream()
                        .map(c -> new ScoringDtos.Criterion(c.number(), c.content(), c.criteria(), c.maxPoints()))
                        .toList(),
                maxTotal,
                METHOD,
                progress,
                ranking,
                access.canRun(bloc, round.year),
                mayScore,
                round.openedAt,
                round.closedAt,
                round.confirmedAt,
                round.confirmedBy,
                round.version);
    }

    private List<UUID> mayScore(Bloc bloc, ScoringRound round, List<UUID> members) {
        if (round.status != ScoringStatus.OPEN
                || !user.hasAnyRole(Roles.UNIT_LEADER, Roles.UNIT_OFFICER)
                || user.unitId().isEmpty()
                || !members.contains(user.unitId().get())) {
            return List.of();
        }
        return round.crossScoring ? members : List.of(user.unitId().get());
    }

    private static RankingEntry ranked(Map<UUID, RankingEntry> ranking, UUID unitId, String field) {
        RankingEntry entry = ranking.get(unitId);
        if (entry == null) {
            throw ProblemException.invalidField(field, "đơn vị " + unitId + " không có trong bảng xếp hạng");
        }
        return entry;
    }

    private static String name(UUID unitId) {
        Unit unit = Unit.findById(unitId);
        return unit == null ? unitId.toString() : unit.name;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
