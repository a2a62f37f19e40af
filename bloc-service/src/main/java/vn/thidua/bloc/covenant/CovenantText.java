package vn.thidua.bloc.covenant;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.thidua.platform.documents.StoredFile;

/**
 * The exact text a leader reads and signs, and its SHA-256. The text is rendered the same way every
 * time from the title, theme and clauses, so a signature's hash proves which wording was signed.
 */
public final class CovenantText {

    private CovenantText() {}

    public static String render(String title, String theme, List<Clause> clauses) {
        StringBuilder text = new StringBuilder(title.strip()).append('\n');
        if (theme != null && !theme.isBlank()) {
            text.append(theme.strip()).append('\n');
        }
        for (Clause clause : clauses) {
            text.append('\n')
                    .append(clause.number())
                    .append(". ")
                    .append(clause.content().strip())
                    .append('\n');
            if (clause.criteria() != null && !clause.criteria().isBlank()) {
                text.append("   Tiêu chí chấm điểm: ")
                        .append(clause.criteria().strip())
                        .append('\n');
            }
            if (clause.maxPoints() != null) {
                text.append("   Điểm tối đa: ")
                        .append(points(clause.maxPoints()))
                        .append('\n');
            }
        }
        return text.toString();
    }

    public static String sha256(String text) {
        return StoredFile.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 10 and 10.00 are the same maximum: render without trailing zeros (Vietnamese decimal comma). */
    static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
