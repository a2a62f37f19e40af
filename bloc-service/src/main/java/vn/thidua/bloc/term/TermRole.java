package vn.thidua.bloc.term;

public enum TermRole {
    /** Trưởng khối */
    HEAD,
    /** Phó khối */
    DEPUTY
}
