package vn.thidua.campaign.campaign;

/** The closed vocabularies of a campaign. */
public final class CampaignEnums {

    private CampaignEnums() {}

    public enum Kind {
        /** Thường xuyên hằng năm */
        REGULAR_ANNUAL,
        /** Thường xuyên 5 năm */
        FIVE_YEAR,
        /** Chuyên đề */
        THEMATIC,
        /** Theo đợt, đặc biệt (e.g. for an anniversary) */
        SPECIAL
    }

    public enum DocumentType {
        /** Kế hoạch */
        PLAN,
        /** Chỉ thị */
        DIRECTIVE,
        /** Quyết định */
        DECISION
    }

    public enum ScopeKind {
        /** Every active unit of a subtree (its root included) */
        SUBTREE,
        /** Chosen units */
        UNITS,
        /** The members of chosen blocs on the day of launch */
        BLOCS
    }

    public enum Status {
        DRAFT,
        /** Đã phát động */
        LAUNCHED,
        CLOSED
    }
}
