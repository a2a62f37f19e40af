package vn.thidua.award.council;

/** A member's place in the council. Every member votes, the secretary included. */
public enum CouncilRole {
    /** Chủ tịch Hội đồng: decides what the rules pass to the chair, e.g. a tie after the last round. */
    CHAIR,
    /** Phó Chủ tịch */
    VICE_CHAIR,
    /** Ủy viên thường trực */
    STANDING_MEMBER,
    /** Ủy viên */
    MEMBER,
    /** Thư ký: opens and counts the council's sessions, enters written votes. */
    SECRETARY
}
