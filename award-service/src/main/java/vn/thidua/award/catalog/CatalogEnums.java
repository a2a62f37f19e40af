package vn.thidua.award.catalog;

/** The closed vocabularies of the award catalog. */
public final class CatalogEnums {

    private CatalogEnums() {}

    public enum AwardCategory {
        /** Danh hiệu thi đua */
        TITLE,
        /** Hình thức khen thưởng */
        COMMENDATION
    }

    public enum RecipientKind {
        /** Tập thể */
        COLLECTIVE,
        /** Cá nhân */
        INDIVIDUAL,
        /** Hộ gia đình */
        HOUSEHOLD
    }

    public enum AwardLevel {
        /** Cấp cơ sở */
        GRASSROOTS,
        /** Cấp tỉnh, bộ */
        PROVINCE,
        /** Cấp nhà nước, toàn quốc */
        NATIONAL
    }

    public enum RuleSetScope {
        NATIONAL,
        LOCAL
    }

    /** Over whom a council vote's threshold is counted. */
    public enum Denominator {
        /** Tổng số thành viên hội đồng */
        ALL_MEMBERS,
        /** Số phiếu hợp lệ */
        VOTES_CAST
    }

    /** The parts of a dossier (hồ sơ đề nghị). */
    public enum DossierKind {
        /** Tờ trình */
        SUBMISSION_MEMO,
        /** Báo cáo thành tích */
        ACHIEVEMENT_REPORT,
        /** Biên bản bình xét và kết quả bỏ phiếu */
        REVIEW_MINUTES,
        /** Quyết định công nhận sáng kiến, đề tài */
        INITIATIVE_RECOGNITION,
        /** Tài liệu khác */
        OTHER
    }

    /** Mức độ hoàn thành nhiệm vụ, lowest first. */
    public enum TaskRating {
        NOT_COMPLETED,
        COMPLETED,
        GOOD,
        EXCELLENT;

        public boolean atLeast(TaskRating other) {
            return compareTo(other) >= 0;
        }
    }

    /** The level that recognised an initiative (sáng kiến), lowest first. */
    public enum InitiativeLevel {
        GRASSROOTS,
        PROVINCE,
        NATIONAL;

        public boolean atLeast(InitiativeLevel other) {
            return compareTo(other) >= 0;
        }
    }

    /** Hình thức kỷ luật, mildest first. */
    public enum DisciplineForm {
        /** Khiển trách */
        REPRIMAND,
        /** Cảnh cáo */
        WARNING,
        /** Hạ bậc lương, giáng chức */
        DEMOTION,
        /** Cách chức, buộc thôi việc */
        DISMISSAL;

        public boolean atLeast(DisciplineForm other) {
            return compareTo(other) >= 0;
        }
    }

    /** What a prerequisite checks; its parameters are the fields of {@link AwardRule.Prerequisite} it names. */
    public enum PrerequisiteKind {
        /** the nominee's task rating in the year is at least {@code rating} */
        TASK_RATING_AT_LEAST,
        /** the nominee holds (or is nominated for) {@code awardType} in the same year */
        TITLE_SAME_YEAR,
        /** excellent task completion, or an initiative recognised at {@code level} or above, in the year */
        EXCELLENT_OR_INITIATIVE,
        /** the nominee holds {@code awardType} in each of the {@code years} years ending with the year */
        CONSECUTIVE_TITLES,
        /** an initiative recognised at {@code level} or above within the last {@code years} years */
        INITIATIVE_AT_LEVEL,
        /** the nominee already holds {@code awardType} from an earlier year */
        PRIOR_AWARD,
        /** task rating at least {@code rating} in each of the last {@code years} years */
        RATING_STREAK,
        /** at least {@code count} {@code awardType} titles within the last {@code years} years */
        TITLE_COUNT_IN_YEARS,
        /** the collective's own task rating in the year is at least {@code rating} */
        UNIT_RATING_AT_LEAST,
        /** at least {@code percent}% of the collective's people rated {@code rating} or above in the year */
        MEMBERS_RATING_SHARE,
        /** at least {@code percent}% of the collective's people hold {@code awardType} in the year */
        MEMBERS_TITLE_SHARE,
        /** at least {@code count} of the collective's people hold {@code awardType} in the year */
        MEMBERS_TITLE_COUNT,
        /** nobody in the collective disciplined at {@code discipline} or above in the year */
        NO_MEMBER_DISCIPLINED,
        /** proposed by a bloc's confirmed ranking (the leading unit of the bloc) */
        BLOC_PROPOSAL
    }

    public enum QuotaScope {
        /** at most {@code maxCount} per bloc and year */
        PER_BLOC,
        /** at most {@code maxCount} per proposing unit and year */
        PER_PROPOSER,
        /** at most {@code maxPercent}% of the proposing unit's recorded people, per year */
        SHARE_OF_STAFF
    }
}
