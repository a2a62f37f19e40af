package vn.thidua.bloc.scoring;

public enum ScoringStatus {
    /** Đang chấm điểm */
    OPEN,
    /** Đã khóa sổ chấm điểm; ranking computed, awaiting the head's confirmation */
    CLOSED,
    /** Đã xác nhận kết quả xếp hạng và đề nghị khen thưởng */
    CONFIRMED
}
