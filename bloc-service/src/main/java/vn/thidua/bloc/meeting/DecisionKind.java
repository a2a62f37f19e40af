package vn.thidua.bloc.meeting;

/** What a meeting's decision changed; the decision links to it by id. */
public enum DecisionKind {
    /** Bầu Trưởng khối, Phó khối: links to the term. */
    TERM,
    /** Thông qua, ký kết giao ước: links to the covenant. */
    COVENANT,
    /** Thông qua kết quả chấm điểm, xếp hạng: links to the scoring round. */
    RANKING,
    /** Another decision, in words only. */
    OTHER
}
