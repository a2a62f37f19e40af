package vn.thidua.award.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.thidua.award.catalog.AwardRule;
import vn.thidua.award.catalog.CatalogEnums.DisciplineForm;
import vn.thidua.award.catalog.CatalogEnums.InitiativeLevel;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;
import vn.thidua.award.catalog.RuleSettings;

/**
 * Judges a nomination against the rules in force: recipient kind, registration, every prerequisite of
 * the award rule, holds (discipline, inspection, complaint), one achievement one award, and quota. Each
 * outcome names its legal source. Pure: the facts come in, the outcomes go out.
 */
public final class EligibilityCheck {

    private EligibilityCheck() {}

    public static Eligibility judge(
            EligibilityFacts f, AwardRule rule, RuleSettings settings, String ruleSets, OffsetDateTime judgedAt) {
        List<Eligibility.Outcome> out = new ArrayList<>();
        String award = f.nameOf(f.awardType());
        boolean kindOk = f.acceptedKinds().contains(f.nomineeKind());
        out.add(new Eligibility.Outcome(
                "RECIPIENT_KIND",
                kindOk,
                kindOk
                        ? award + " được xét tặng cho " + kindName(f.nomineeKind())
                        : award + " không xét tặng cho " + kindName(f.nomineeKind()) + " (chỉ cho "
                                + f.acceptedKinds().stream()
                                        .map(EligibilityCheck::kindName)
                                        .collect(Collectors.joining(", "))
                                + ")",
                rule.legalSource()));
        if (f.title()) {
            out.add(new Eligibility.Outcome(
                    "REGISTRATION",
                    f.registered(),
                    f.registered()
                            ? "Đã đăng ký danh hiệu " + award + " năm " + f.year()
                            : "Chưa đăng ký danh hiệu " + award + " năm " + f.year()
                                    + ": không đăng ký thi đua thì không xét tặng danh hiệu",
                    settings.registrationSource()));
        }
        for (AwardRule.Prerequisite p : rule.prerequisites()) {
            out.add(prerequisite(f, p));
        }
        out.add(holds(f, settings));
        out.add(oneAchievement(f, settings));
        if (rule.quota() != null) {
            out.add(quota(f, rule.quota()));
        }
        boolean eligible = out.stream().allMatch(Eligibility.Outcome::passed);
        return new Eligibility(eligible, List.copyOf(out), f.judgedOn(), ruleSets, judgedAt);
    }

    private static Eligibility.Outcome prerequisite(EligibilityFacts f, AwardRule.Prerequisite p) {
        int y = f.year();
        EligibilityFacts.NomineeRecord person = f.person();
        EligibilityFacts.CollectiveRecord unit = f.collective();
        return switch (p.kind()) {
            case TASK_RATING_AT_LEAST -> {
                TaskRating r = person == null ? null : person.ratings().get(y);
                boolean ok = r != null && r.atLeast(p.rating());
                yield outcome(
                        p,
                        ok,
                        ok
                                ? "Năm " + y + " xếp loại " + ratingName(r)
                                : "Năm " + y + " cần xếp loại từ " + ratingName(p.rating()) + " trở lên; hiện "
                                        + (r == null ? "chưa có đánh giá" : ratingName(r)));
            }
            case TITLE_SAME_YEAR -> {
                boolean held = f.holds(p.awardType(), y);
                boolean claimed = f.claimedSameYear().contains(p.awardType());
                yield outcome(
                        p,
                        held || claimed,
                        held
                                ? "Đạt " + f.nameOf(p.awardType()) + " năm " + y
                                : claimed
                                        ? "Đang được đề nghị " + f.nameOf(p.awardType()) + " năm " + y
                                        : "Cần đạt danh hiệu " + f.nameOf(p.awardType()) + " năm " + y);
            }
            case EXCELLENT_OR_INITIATIVE -> {
                TaskRating r = person == null ? null : person.ratings().get(y);
                boolean excellent = r == TaskRating.EXCELLENT;
                boolean initiative = person != null
                        && person.initiatives().stream()
                                .anyMatch(i -> i.year() == y && i.level().atLeast(p.level()));
                yield outcome(
                        p,
                        excellent || initiative,
                        excellent
                                ? "Năm " + y + " hoàn thành xuất sắc nhiệm vụ"
                                : initiative
                                        ? "Có sáng kiến, đề tài được công nhận năm " + y
                                        : "Năm " + y
                                                + " cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài được công nhận từ "
                                                + levelName(p.level()));
            }
            case CONSECUTIVE_TITLES -> {
                List<Integer> missing = IntStream.rangeClosed(y - p.years() + 1, y)
                        .boxed()
                        .filter(year -> !f.holds(p.awardType(), year))
                        .toList();
                String span = (y - p.years() + 1) + "–" + y;
                yield outcome(
                        p,
                        missing.isEmpty(),
                        missing.isEmpty()
                                ? "Đạt " + f.nameOf(p.awardType()) + " " + p.years() + " năm liên tục " + span
                                        + " (theo sổ vàng)"
                                : "Cần " + p.years() + " năm liên tục đạt " + f.nameOf(p.awardType()) + " (" + span
                                        + "); sổ vàng thiếu năm "
                                        + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            case INITIATIVE_AT_LEVEL -> {
                boolean ok = person != null
                        && person.initiatives().stream()
                                .anyMatch(i -> i.year() > y - p.years()
                                        && i.year() <= y
                                        && i.level().atLeast(p.level()));
                yield outcome(
                        p,
                        ok,
                        ok
                                ? "Có sáng kiến, đề tài được công nhận từ " + levelName(p.level()) + " trong "
                                        + p.years() + " năm"
                                : "Cần sáng kiến, đề tài được công nhận từ " + levelName(p.level()) + " trong "
                                        + p.years() + " năm gần nhất");
            }
            case PRIOR_AWARD -> {
                boolean ok = f.titlesByYear().entrySet().stream()
                        .anyMatch(e -> e.getKey() < y + 1 && e.getValue().contains(p.awardType()));
                yield outcome(
                        p,
                        ok,
                        ok
                                ? "Đã được tặng " + f.nameOf(p.awardType())
                                : "Cần đã được tặng " + f.nameOf(p.awardType()) + " trước đó");
            }
            case RATING_STREAK -> {
                List<Integer> short_ = IntStream.rangeClosed(y - p.years() + 1, y)
                        .boxed()
                        .filter(year -> person == null
                                || person.ratings().get(year) == null
                                || !person.ratings().get(year).atLeast(p.rating()))
                        .toList();
                yield outcome(
                        p,
                        short_.isEmpty(),
                        short_.isEmpty()
                                ? p.years() + " năm liên tục xếp loại từ " + ratingName(p.rating())
                                : "Cần " + p.years() + " năm liên tục xếp loại từ " + ratingName(p.rating())
                                        + "; chưa đạt năm "
                                        + short_.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            case TITLE_COUNT_IN_YEARS -> {
                long count = IntStream.rangeClosed(y - p.years() + 1, y)
                        .filter(year -> f.holds(p.awardType(), year))
                        .count();
                yield outcome(
                        p,
                        count >= p.count(),
                        "Đạt " + f.nameOf(p.awardType()) + " " + count + " lần trong " + p.years() + " năm (cần "
                                + p.count() + ")");
            }
            case UNIT_RATING_AT_LEAST -> {
                TaskRating r = unit == null ? null : unit.rating();
                boolean ok = r != null && r.atLeast(p.rating());
                yield outcome(
                        p,
                        ok,
                        ok
                                ? "Tập thể năm " + y + " xếp loại " + ratingName(r)
                                : "Tập thể năm " + y + " cần xếp loại từ " + ratingName(p.rating()) + "; hiện "
                                        + (r == null ? "chưa có đánh giá" : ratingName(r)));
            }
            case MEMBERS_RATING_SHARE -> {
                long total = unit == null ? 0 : unit.members().size();
                long ok = unit == null
                        ? 0
                        : unit.members().stream()
                                .filter(m -> m.rating() != null && m.rating().atLeast(p.rating()))
                                .count();
                yield share(p, ok, total, "cá nhân xếp loại từ " + ratingName(p.rating()));
            }
            case MEMBERS_TITLE_SHARE -> {
                long total = unit == null ? 0 : unit.members().size();
                long ok = unit == null
                        ? 0
                        : unit.members().stream()
                                .filter(m -> m.titles().contains(p.awardType()))
                                .count();
                yield share(p, ok, total, "cá nhân đạt " + f.nameOf(p.awardType()));
            }
            case MEMBERS_TITLE_COUNT -> {
                long ok = unit == null
                        ? 0
                        : unit.members().stream()
                                .filter(m -> m.titles().contains(p.awardType()))
                                .count();
                yield outcome(
                        p,
                        ok >= p.count(),
                        "Có " + ok + " cá nhân đạt " + f.nameOf(p.awardType()) + " năm " + y + " (cần ít nhất "
                                + p.count() + ")");
            }
            case NO_MEMBER_DISCIPLINED -> {
                long bad = unit == null
                        ? 0
                        : unit.members().stream()
                                .filter(m -> m.worstDiscipline() != null
                                        && m.worstDiscipline().atLeast(p.discipline()))
                                .count();
                yield outcome(
                        p,
                        bad == 0,
                        bad == 0
                                ? "Không có cá nhân bị kỷ luật từ " + disciplineName(p.discipline()) + " trở lên"
                                : bad + " cá nhân bị kỷ luật từ " + disciplineName(p.discipline())
                                        + " trở lên trong năm " + y);
            }
            case BLOC_PROPOSAL ->
                outcome(
                        p,
                        f.fromBlocProposal(),
                        f.fromBlocProposal()
                                ? "Được khối, cụm thi đua suy tôn dẫn đầu"
                                : "Chỉ xét tặng cho tập thể dẫn đầu được khối, cụm thi đua suy tôn");
        };
    }

    private static Eligibility.Outcome share(AwardRule.Prerequisite p, long ok, long total, String what) {
        boolean passed = total > 0
                && BigDecimal.valueOf(ok)
                                .multiply(BigDecimal.valueOf(100))
                                .compareTo(p.percent().multiply(BigDecimal.valueOf(total)))
                        >= 0;
        String pct = total == 0
                ? "0"
                : BigDecimal.valueOf(ok * 100)
                        .divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',');
        return outcome(
                p,
                passed,
                ok + "/" + total + " " + what + " = " + pct + "% (cần từ "
                        + p.percent().stripTrailingZeros().toPlainString().replace('.', ',') + "%)"
                        + (total == 0 ? "; đơn vị chưa có danh sách cá nhân" : ""));
    }

    private static Eligibility.Outcome holds(EligibilityFacts f, RuleSettings settings) {
        List<String> reasons = new ArrayList<>();
        if (f.person() != null) {
            f.person().disciplines().stream()
                    .filter(d -> d.runsOn(f.judgedOn()))
                    .findFirst()
                    .ifPresent(d -> reasons.add("đang trong thời hạn kỷ luật " + disciplineName(d.form()) + " đến "
                            + "%02d/%02d/%d"
                                    .formatted(d.to().getDayOfMonth(), d.to().getMonthValue(), d.to().getYear())));
            if (f.person().underInspection()) {
                reasons.add("đang bị thanh tra, kiểm tra");
            }
            if (f.person().underComplaint()) {
                reasons.add("đang có khiếu nại, tố cáo chưa giải quyết");
            }
        }
        if (f.collective() != null && f.collective().underInspection()) {
            reasons.add("tập thể đang bị thanh tra, kiểm tra");
        }
        return new Eligibility.Outcome(
                "HOLDS",
                reasons.isEmpty(),
                reasons.isEmpty()
                        ? "Không bị kỷ luật, thanh tra, khiếu nại"
                        : "Tạm dừng xét: " + String.join("; ", reasons),
                settings.holdsSource());
    }

    private static Eligibility.Outcome oneAchievement(EligibilityFacts f, RuleSettings settings) {
        boolean duplicate = f.claimedSameYear().contains(f.awardType()) || f.holds(f.awardType(), f.year());
        List<String> claims = f.sameAchievementClaims();
        String message = duplicate
                ? "Đã được đề nghị hoặc tặng " + f.nameOf(f.awardType()) + " năm " + f.year()
                : !claims.isEmpty()
                        ? "Thành tích này đã được đề nghị khen thưởng: " + String.join(", ", claims)
                        : "Thành tích chưa được khen thưởng hình thức khác";
        return new Eligibility.Outcome(
                "ONE_ACHIEVEMENT", !duplicate && claims.isEmpty(), message, settings.oneAchievementSource());
    }

    private static Eligibility.Outcome quota(EligibilityFacts f, AwardRule.Quota q) {
        return switch (q.scope()) {
            case PER_BLOC ->
                new Eligibility.Outcome(
                        "QUOTA",
                        f.quotaUsed() < q.maxCount(),
                        "Khối đã có " + f.quotaUsed() + " đề nghị " + f.nameOf(f.awardType()) + " năm " + f.year()
                                + " (tối đa " + q.maxCount() + ")",
                        q.legalSource());
            case PER_PROPOSER ->
                new Eligibility.Outcome(
                        "QUOTA",
                        f.quotaUsed() < q.maxCount(),
                        "Đơn vị đã có " + f.quotaUsed() + " đề nghị " + f.nameOf(f.awardType()) + " năm " + f.year()
                                + " (tối đa " + q.maxCount() + ")",
                        q.legalSource());
            case SHARE_OF_STAFF -> {
                boolean ok = BigDecimal.valueOf((f.quotaUsed() + 1) * 100L)
                                .compareTo(q.maxPercent().multiply(BigDecimal.valueOf(f.staffCount())))
                        <= 0;
                yield new Eligibility.Outcome(
                        "QUOTA",
                        ok,
                        "Đề nghị thứ " + (f.quotaUsed() + 1) + " trên " + f.staffCount()
                                + " cá nhân của đơn vị (tối đa "
                                + q.maxPercent().stripTrailingZeros().toPlainString() + "%)",
                        q.legalSource());
            }
        };
    }

    private static Eligibility.Outcome outcome(AwardRule.Prerequisite p, boolean passed, String message) {
        return new Eligibility.Outcome(p.kind().name(), passed, message, p.legalSource());
    }

    static String kindName(RecipientKind kind) {
        return switch (kind) {
            case COLLECTIVE -> "tập thể";
            case INDIVIDUAL -> "cá nhân";
            case HOUSEHOLD -> "hộ gia đình";
        };
    }

    static String ratingName(TaskRating rating) {
        return switch (rating) {
            case NOT_COMPLETED -> "Không hoàn thành nhiệm vụ";
            case COMPLETED -> "Hoàn thành nhiệm vụ";
            case GOOD -> "Hoàn thành tốt nhiệm vụ";
            case EXCELLENT -> "Hoàn thành xuất sắc nhiệm vụ";
        };
    }

    static String levelName(InitiativeLevel level) {
        return switch (level) {
            case GRASSROOTS -> "cấp cơ sở";
            case PROVINCE -> "cấp tỉnh";
            case NATIONAL -> "cấp toàn quốc";
        };
    }

    static String disciplineName(DisciplineForm form) {
        return switch (form) {
            case REPRIMAND -> "khiển trách";
            case WARNING -> "cảnh cáo";
            case DEMOTION -> "hạ bậc lương, giáng chức";
            case DISMISSAL -> "cách chức, buộc thôi việc";
        };
    }
}
