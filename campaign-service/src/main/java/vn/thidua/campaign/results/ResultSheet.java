package vn.thidua.campaign.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every unit's results against the campaign's targets, with achievement and rank, by the method in
 * docs/campaigns.md:
 * <ul>
 * <li>a unit's goal for a target is the value it registered, or else the campaign's target value;
 * a target with no goal (or a goal of 0) is not counted for that unit;</li>
 * <li>what a unit achieved is the cumulative value (lũy kế) of its latest report that gives the target;</li>
 * <li>achievement per target = achieved / goal × 100%, shown as it is;</li>
 * <li>overall achievement = the mean over counted targets of each achievement capped at 100%, so
 * exceeding one target does not make up for missing another;</li>
 * <li>units that submitted their registration are ranked by overall achievement, equal values
 * (to 0.1%) sharing a rank (1, 1, 3); units that did not register are listed, unranked.</li>
 * </ul>
 */
public final class ResultSheet {

    public static final String METHOD =
            "Mục tiêu của đơn vị cho mỗi chỉ tiêu là giá trị đơn vị đăng ký, nếu không có thì là chỉ tiêu "
                    + "của phong trào. Kết quả là số lũy kế trong báo cáo gần nhất có chỉ tiêu đó. Tỷ lệ hoàn thành từng chỉ tiêu = kết quả / "
                    + "mục tiêu × 100%. Tỷ lệ chung = trung bình các tỷ lệ, mỗi tỷ lệ tính tối đa 100% (vượt chỉ tiêu này không bù cho chỉ tiêu "
                    + "khác). Xếp hạng các đơn vị đã gửi đăng ký theo tỷ lệ chung; bằng nhau (đến 0,1%) thì đồng hạng.";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A target as the campaign defines it. */
    public record Target(int number, String name, String unitOfMeasure, BigDecimal campaignValue) {}

    /** What one unit registered and last reported. */
    public record UnitFacts(
            UUID unitId,
            String unitName,
            boolean registered,
            Map<Integer, BigDecimal> goals,
            Map<Integer, BigDecimal> achieved) {}

    public record TargetResult(int number, BigDecimal goal, BigDecimal achieved, BigDecimal percent) {}

    public record Standing(
            @Schema(required = true) UUID unitId,
            String unitName,
            boolean registered,
            List<TargetResult> targets,
            BigDecimal overall,
            Integer rank,
            boolean tied) {}

    private ResultSheet() {}

    public static List<Standing> compute(List<Target> targets, List<UnitFacts> units) {
        List<Standing> unranked = new ArrayList<>();
        for (UnitFacts unit : units) {
            List<TargetResult> results = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            int counted = 0;
            for (Target target : targets) {
                BigDecimal goal = unit.goals().getOrDefault(target.number(), target.campaignValue());
                BigDecimal achieved = unit.achieved().get(target.number());
                BigDecimal percent = null;
                if (goal != null && goal.signum() > 0) {
                    percent = (achieved == null ? BigDecimal.ZERO : achieved)
                            .multiply(HUNDRED)
                            .divide(goal, 1, RoundingMode.HALF_UP);
                    sum = sum.add(percent.min(HUNDRED));
                    counted++;
                }
                results.add(new TargetResult(target.number(), goal, achieved, percent));
            }
            BigDecimal overall = counted == 0 ? null : sum.divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
            unranked.add(
                    new Standing(unit.unitId(), unit.unitName(), unit.registered(), results, overall, null, false));
        }
        return rank(unranked);
    }

    private static List<Standing> rank(List<Standing> standings) {
        Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<Standing> byOverall = Comparator.comparing((Standing s) -> s.registered() ? 0 : 1)
                .thenComparing(
                        s -> s.overall() == null ? BigDecimal.valueOf(-1) : s.overall(), Comparator.reverseOrder())
                .thenComparing(Standing::unitName, Comparator.nullsLast(vi));
        List<Standing> sorted = standings.stream().sorted(byOverall).toList();
        List<Standing> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Standing s = sorted.get(i);
            if (!s.registered()) {
                out.add(s);
                continue;
            }
            int rank = i + 1;
            if (i > 0 && sorted.get(i - 1).registered() && sameOverall(sorted.get(i - 1), s)) {
                rank = out.get(i - 1).rank();
            }
            boolean tied = (i > 0 && sorted.get(i - 1).registered() && sameOverall(sorted.get(i - 1), s))
                    || (i + 1 < sorted.size() && sorted.get(i + 1).registered() && sameOverall(sorted.get(i + 1), s));
            out.add(new Standing(s.unitId(), s.unitName(), true, s.targets(), s.overall(), rank, tied));
        }
        return out;
    }

    private static boolean sameOverall(Standing a, Standing b) {
        BigDecimal x = a.overall() == null ? BigDecimal.ZERO : a.overall();
        BigDecimal y = b.overall() == null ? BigDecimal.ZERO : b.overall();
        return x.compareTo(y) == 0;
    }
}
