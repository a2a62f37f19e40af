package vn.thidua.bloc.scoring;

public enum Proposal {
    /** Đề nghị tặng Cờ thi đua (the leading unit or units) */
    EMULATION_FLAG,
    /** Đề nghị tặng Bằng khen */
    CERTIFICATE_OF_MERIT
}
