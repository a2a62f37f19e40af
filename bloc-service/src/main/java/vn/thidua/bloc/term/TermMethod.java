package vn.thidua.bloc.term;

public enum TermMethod {
    /** Bầu tại hội nghị của khối (hoặc qua phiên bỏ phiếu), with the vote counts. */
    ELECTED,
    /** Chỉ định by the organizing unit. */
    APPOINTED
}
