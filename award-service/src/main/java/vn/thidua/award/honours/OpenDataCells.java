package vn.thidua.award.honours;

/**
 * CSV cells a spreadsheet would run as a formula (OWASP, CSV injection): a text beginning with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe, so that it is shown as written and never evaluated.
 */
final class OpenDataCells {

    private OpenDataCells() {}

    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    static HonourDtos.PublicHonour neutralised(HonourDtos.PublicHonour h) {
        return new HonourDtos.PublicHonour(
                cell(h.decisionNumber()),
                h.decidedOn(),
                cell(h.authority()),
                cell(h.awardTypeName()),
                h.level(),
                h.recipientKind(),
                cell(h.recipientName()),
                cell(h.recipientPosition()),
                cell(h.unitName()),
                h.year(),
                h.revoked());
    }
}
