package vn.thidua.campaign.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Review events on thidua.campaigns.v1 (key: the campaign id). */
public final class ReviewEvents {

    public static final String REVIEW_CLOSED = "vn.thidua.campaign.review-closed.v1";
    public static final String CAMPAIGN_CLOSED = "vn.thidua.campaign.closed.v1";

    private ReviewEvents() {}

    public record SelectedExemplar(
            Review.ExemplarKind kind,
            UUID unitId,
            String unitName,
            String personName,
            String personPosition,
            String citation,
            String awardType) {}

    public record PlannedAward(String awardType, int quantity) {}

    /** What award-service turns into nomination drafts (one per exemplar with a proposed award). */
    public record ReviewClosed(
            UUID reviewId,
            UUID campaignId,
            UUID organizingUnitId,
            String campaignTitle,
            String documentNumber,
            Review.Kind kind,
            String title,
            LocalDate heldOn,
            List<SelectedExemplar> exemplars,
            List<PlannedAward> plannedAwards) {}

    public record CampaignClosed(
            UUID campaignId,
            UUID organizingUnitId,
            String title,
            UUID finalReviewId,
            OffsetDateTime closedAt,
            int unitsInScope,
            int exemplars) {}
}
