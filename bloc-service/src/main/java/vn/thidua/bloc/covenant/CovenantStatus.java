package vn.thidua.bloc.covenant;

public enum CovenantStatus {
    /** Dự thảo: clauses can change freely. */
    DRAFT,
    /** Đang ký kết: members' leaders sign the current revision. */
    OPEN,
    /** Có hiệu lực: every member has signed the current revision. */
    IN_FORCE,
    /** Đã kết thúc at the end of the year. */
    CLOSED
}
