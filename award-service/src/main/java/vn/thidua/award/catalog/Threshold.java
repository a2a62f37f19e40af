package vn.thidua.award.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.thidua.award.catalog.CatalogEnums.Denominator;

/**
 * A vote threshold: a percentage reached (≥) or exceeded (>, "quá nửa") over a stated denominator, all
 * members or the votes cast. Compared exactly (votes × 100 against percent × denominator), never on the
 * rounded percentage.
 */
public record Threshold(BigDecimal percent, boolean strict, Denominator denominator) {

    /** The bloc regulation's "more than half of the member units". */
    public static final Threshold MAJORITY_OF_MEMBERS =
            new Threshold(BigDecimal.valueOf(50), true, Denominator.ALL_MEMBERS);

    public static Threshold atLeast(BigDecimal percent, Denominator denominator) {
        return new Threshold(percent, false, denominator);
    }

    /** What the votes are counted over: the electorate or the ballots cast. */
    public int over(int electorate, int ballotsCast) {
        return denominator == Denominator.ALL_MEMBERS ? electorate : ballotsCast;
    }

    public boolean metBy(int votes, int over) {
        if (over <= 0) {
            return false;
        }
        int c = BigDecimal.valueOf(votes)
                .multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(BigDecimal.valueOf(over)));
        return strict ? c > 0 : c >= 0;
    }

    public static BigDecimal percentOf(int votes, int over) {
        return over == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(votes)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(over), 1, RoundingMode.HALF_UP);
    }

    /** "13 / 15 thành viên hội đồng = 86,7% ≥ 80% → đạt", with the denominator named. */
    public String statement(int votes, int over, String membersNoun, String passed, String failed) {
        boolean met = metBy(votes, over);
        String sign = strict ? (met ? ">" : "≤") : (met ? "≥" : "<");
        return "%d / %d %s = %s%% %s %s%% → %s"
                .formatted(
                        votes,
                        over,
                        denominator == Denominator.ALL_MEMBERS ? membersNoun : "phiếu thu về",
                        decimal(percentOf(votes, over)),
                        sign,
                        decimal(percent),
                        met ? passed : failed);
    }

    public static String decimal(BigDecimal value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(value);
    }
}
