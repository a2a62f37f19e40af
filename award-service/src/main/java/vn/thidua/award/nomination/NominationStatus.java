package vn.thidua.award.nomination;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a nomination (đề nghị khen thưởng). */
public enum NominationStatus {
    /** Dự thảo */
    DRAFT,
    /** Đã gửi */
    SUBMITTED,
    /** Đang thẩm định */
    IN_APPRAISAL,
    /** Chờ Hội đồng bỏ phiếu */
    AWAITING_VOTE,
    /** Được đề nghị khen thưởng (chờ công khai) */
    RECOMMENDED,
    /** Không được đề nghị */
    NOT_RECOMMENDED,
    /** Đang công khai */
    IN_DISCLOSURE,
    /** Đã có quyết định khen thưởng */
    DECIDED,
    /** Bị loại sau công khai */
    REJECTED,
    /** Đã rút */
    WITHDRAWN,
    /** Khen thưởng đã bị thu hồi */
    REVOKED;

    /** Still on its way to a decision. */
    public static final Set<NominationStatus> OPEN =
            EnumSet.of(DRAFT, SUBMITTED, IN_APPRAISAL, AWAITING_VOTE, RECOMMENDED, IN_DISCLOSURE);

    /** Counts against quotas and "one achievement, one award": open past the draft, or decided. */
    public static final Set<NominationStatus> CLAIMING =
            EnumSet.of(SUBMITTED, IN_APPRAISAL, AWAITING_VOTE, RECOMMENDED, IN_DISCLOSURE, DECIDED);
}
