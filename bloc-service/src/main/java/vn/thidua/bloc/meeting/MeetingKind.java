package vn.thidua.bloc.meeting;

public enum MeetingKind {
    /** Hội nghị ký kết giao ước thi đua */
    COVENANT_SIGNING,
    /** Hội nghị sơ kết 6 tháng */
    MID_YEAR_REVIEW,
    /** Hội nghị tổng kết năm */
    YEAR_END_REVIEW,
    /** Hội nghị khác */
    OTHER
}
