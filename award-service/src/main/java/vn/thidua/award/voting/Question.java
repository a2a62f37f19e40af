package vn.thidua.award.voting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.voting.VotingEnums.LeadershipRole;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;
import vn.thidua.platform.problem.ProblemException;

/** A question put to the vote in one round of a session, with its counting rule, and its result once counted. */
@Entity
@Table(name = "voting_question")
public class Question extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionKind kind;

    @Column(nullable = false)
    public String title;

    /** The nomination an approval decides (council), or the bloc's draft it proposes. */
    @Column(name = "nomination_id")
    public UUID nominationId;

    /** The bloc office an election fills. */
    @Enumerated(EnumType.STRING)
    public LeadershipRole role;

    @Column(nullable = false)
    public BigDecimal threshold;

    @Column(nullable = false)
    public boolean strict;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Denominator denominator;

    @Column(name = "max_choices", nullable = false)
    public int maxChoices;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Option> options;

    /** The question of the earlier round this one settles. */
    @Column(name = "runoff_of")
    public UUID runoffOf;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public QuestionResult result;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Referral referral;

    /** How the leadership settled a tie after the last round (recorded, with its note). */
    @Schema(name = "VotingReferral")
    public record Referral(
            @Schema(required = true) List<String> chosen, String note, String decidedBy, OffsetDateTime decidedAt) {}

    /** A question of a session's first round; what it asks and how it is counted come next. */
    static Question asked(UUID sessionId, int position, QuestionKind kind) {
        Question q = new Question();
        q.id = UUID.randomUUID();
        q.sessionId = sessionId;
        q.round = 1;
        q.position = position;
        q.kind = kind;
        q.maxChoices = 1;
        return q;
    }

    /** Counted by this rule: the share needed, whether it must be exceeded, and of whom. */
    void countedBy(Threshold rule) {
        threshold = rule.percent();
        strict = rule.strict();
        denominator = rule.denominator();
    }

    /** Đồng ý / Không đồng ý / Không biểu quyết on a nomination, or on a matter the title states. */
    void approves(UUID nominationId, String title) {
        this.options = Option.APPROVAL;
        this.nominationId = nominationId;
        this.title = title;
    }

    /** An election of one (a bloc office when role is set) or a choice of up to maxChoices among the options. */
    void offers(LeadershipRole role, int maxChoices, List<Option> options, String title) {
        this.role = role;
        this.maxChoices = maxChoices;
        this.options = List.copyOf(options);
        this.title = title;
    }

    /**
     * The question that settles this one in the given round: the same rule, only the tied options, as many places
     * as the first count left open.
     */
    Question runoff(int inRound, int atPosition) {
        Question r = new Question();
        r.id = UUID.randomUUID();
        r.sessionId = sessionId;
        r.round = inRound;
        r.position = atPosition;
        r.kind = kind;
        r.title = title.replaceFirst(" \\(vòng \\d+\\)$", "") + " (vòng " + inRound + ")";
        r.role = role;
        r.countedBy(rule());
        r.maxChoices =
                kind == QuestionKind.ELECTION ? 1 : maxChoices - result.chosen().size();
        r.options =
                options.stream().filter(o -> result.runoff().contains(o.key())).toList();
        r.runoffOf = id;
        return r;
    }

    public Threshold rule() {
        return new Threshold(threshold, strict, denominator);
    }

    public Tally.Question tallyQuestion(String membersNoun) {
        return new Tally.Question(kind, rule(), maxChoices, options, membersNoun);
    }

    /** Checks one ballot's answer: approvals take exactly one answer, elections one candidate, others up to N. */
    public List<String> validAnswer(List<String> keys, String field) {
        Set<String> known = new HashSet<>(options.stream().map(Option::key).toList());
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!known.contains(key)) {
                throw ProblemException.invalidField(
                        field, "lựa chọn \"" + key + "\" không có trong câu hỏi \"" + title + "\"");
            }
            if (!seen.add(key)) {
                throw ProblemException.invalidField(field, "lựa chọn \"" + key + "\" được đánh dấu hai lần");
            }
        }
        switch (kind) {
            case APPROVAL -> {
                if (keys.size() != 1) {
                    throw ProblemException.invalidField(
                            field, "chọn một trong: Đồng ý, Không đồng ý, Không biểu quyết");
                }
            }
            case ELECTION -> {
                if (keys.size() != 1) {
                    throw ProblemException.invalidField(field, "bầu đúng một trong " + options.size() + " ứng cử");
                }
            }
            case CHOOSE_UP_TO -> {
                if (keys.size() > maxChoices) {
                    throw ProblemException.invalidField(
                            field,
                            "chọn tối đa " + maxChoices + " trong \"" + title + "\" (đã chọn " + keys.size() + ")");
                }
            }
        }
        return List.copyOf(keys);
    }

    /** Who has been settled: the counted winners, or the leadership's choice after a referral. */
    public List<String> settled() {
        if (referral != null) {
            return referral.chosen();
        }
        return result == null ? List.of() : result.chosen();
    }

    public boolean awaitsReferral() {
        return result != null && result.outcome() == Outcome.REFERRED && referral == null;
    }

    public void refer(List<String> chosen, String note, String by, OffsetDateTime now) {
        if (!awaitsReferral()) {
            throw ProblemException.rule("Câu hỏi \"" + title + "\" không chờ lãnh đạo quyết định");
        }
        int seats = (kind == QuestionKind.ELECTION ? 1 : maxChoices)
                - result.chosen().size();
        if (chosen.size() != seats
                || !result.runoff().containsAll(chosen)
                || chosen.stream().distinct().count() != chosen.size()) {
            throw ProblemException.invalidField(
                    "chosen",
                    "chọn đúng " + seats + " trong các lựa chọn bằng phiếu: "
                            + String.join(
                                    ", ",
                                    options.stream()
                                            .filter(o -> result.runoff().contains(o.key()))
                                            .map(Option::label)
                                            .toList()));
        }
        List<String> all = new java.util.ArrayList<>(result.chosen());
        all.addAll(chosen);
        referral = new Referral(List.copyOf(all), note.strip(), by, now);
    }

    public Option option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    static List<Question> of(UUID sessionId) {
        return list("sessionId = ?1 order by round, position", sessionId);
    }

    static List<Question> of(UUID sessionId, int round) {
        return list("sessionId = ?1 and round = ?2 order by position", sessionId, round);
    }
}
