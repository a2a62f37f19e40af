package vn.thidua.campaign.review;

import static vn.thidua.platform.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignEvents;
import vn.thidua.campaign.results.CampaignResults;
import vn.thidua.campaign.results.ResultSheet;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * The organizer holds mid-term and final reviews: results against targets, ranking, exemplary
 * collectives and individuals. Closing the final review closes the campaign.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Clock clock;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignResults results;

    @Inject
    ReplicaTree tree;

    @Inject
    ReviewMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional
    public ReviewDtos.ReviewView open(UUID campaignId, ReviewDtos.ReviewInput in) {
        Campaign campaign = access.manageable(campaignId);
        Review review =
                Review.open(campaign, in.kind(), in.title(), in.heldOn(), user.username(), OffsetDateTime.now(clock));
        review.persist();
        Review.flush();
        ReviewDtos.ReviewView view = view(campaign, review);
        audit.record("campaign.review.open", "review", review.id, null, summary(view));
        return view;
    }

    @Transactional
    public ReviewDtos.ReviewView select(UUID campaignId, UUID reviewId, ReviewDtos.SelectionInput in) {
        Campaign campaign = access.manageable(campaignId);
        Review review = find(campaign, reviewId);
        if (review.version != in.version()) {
            throw ProblemException.conflict(
                    "Danh sách điển hình đã được người khác sửa (phiên bản " + review.version + "); hãy tải lại");
        }
        List<ReviewDtos.ExemplarView> before = exemplars(review);
        List<Review.Exemplar> selection = new ArrayList<>();
        for (int i = 0; i < in.exemplars().size(); i++) {
            ReviewDtos.ExemplarInput e = in.exemplars().get(i);
            boolean person = e.kind() == Review.ExemplarKind.INDIVIDUAL;
            selection.add(mapper.toExemplar(
                    new ReviewDtos.ExemplarInput(
                            e.kind(),
                            e.unitId(),
                            person ? blankToNull(e.personName()) : null,
                            person ? blankToNull(e.personPosition()) : null,
                            e.citation().strip(),
                            blankToNull(e.awardType())),
                    i + 1));
        }
        review.select(campaign, selection);
        Review.flush();
        ReviewDtos.ReviewView view = view(campaign, review);
        audit.record("campaign.review.select", "review", review.id, before, view.exemplars());
        return view;
    }

    /** Closes the review with its standings frozen; a final review also closes the campaign. */
    @Transactional
    public ReviewDtos.ReviewView close(UUID campaignId, UUID reviewId) {
        Campaign campaign = access.manageable(campaignId);
        Review review = find(campaign, reviewId);
        review.close(results.standings(campaign), user.username(), OffsetDateTime.now(clock));
        if (review.kind == Review.Kind.FINAL) {
            campaign.close(OffsetDateTime.now(clock));
        }
        Review.flush();
        ReviewDtos.ReviewView view = view(campaign, review);
        audit.record("campaign.review.close", "review", review.id, null, summary(view));
        outbox.publish(
                CampaignEvents.TOPIC,
                ReviewEvents.REVIEW_CLOSED,
                campaign.id,
                new ReviewEvents.ReviewClosed(
                        review.id,
                        campaign.id,
                        campaign.organizingUnitId,
                        campaign.title,
                        campaign.docNumber,
                        review.kind,
                        review.title,
                        review.heldOn,
                        view.exemplars().stream().map(mapper::toEvent).toList(),
                        campaign.plannedAwards.stream()
                                .map(a -> new ReviewEvents.PlannedAward(a.awardType(), a.quantity()))
                                .toList()));
        if (review.kind == Review.Kind.FINAL) {
            audit.record("campaign.close", "campaign", campaign.id, null, review.id);
            outbox.publish(
                    CampaignEvents.TOPIC,
                    ReviewEvents.CAMPAIGN_CLOSED,
                    campaign.id,
                    new ReviewEvents.CampaignClosed(
                            campaign.id,
                            campaign.organizingUnitId,
                            campaign.title,
                            review.id,
                            campaign.closedAt,
                            campaign.scopeUnits.size(),
                            review.exemplars.size()));
        }
        return view;
    }

    /** The organizer sees every review; units in scope see the closed ones. */
    public List<ReviewDtos.ReviewView> list(UUID campaignId) {
        Campaign campaign = access.viewable(campaignId);
        boolean organizer = access.canManage(campaign);
        return Review.<Review>list("campaignId = ?1 order by openedAt desc", campaignId).stream()
                .filter(r -> organizer || r.status == Review.Status.CLOSED)
                .map(r -> view(campaign, r))
                .toList();
    }

    public ReviewDtos.ReviewView get(UUID campaignId, UUID reviewId) {
        Campaign campaign = access.viewable(campaignId);
        Review review = find(campaign, reviewId);
        if (review.status == Review.Status.OPEN && !access.canManage(campaign)) {
            throw ProblemException.notFound("hội nghị sơ kết, tổng kết", reviewId);
        }
        return view(campaign, review);
    }

    private static Review find(Campaign campaign, UUID reviewId) {
        Review review = Review.findById(reviewId);
        if (review == null || !review.campaignId.equals(campaign.id)) {
            throw ProblemException.notFound("hội nghị sơ kết, tổng kết", reviewId);
        }
        return review;
    }

    private ReviewDtos.ReviewView view(Campaign campaign, Review review) {
        List<ResultSheet.Standing> standings =
                review.status == Review.Status.CLOSED ? review.standings : results.standings(campaign);
        return new ReviewDtos.ReviewView(
                review.id,
                campaign.id,
                review.kind,
                review.title,
                review.heldOn,
                review.status,
                ResultSheet.METHOD,
                campaign.targets.stream()
                        .map(t -> new ReviewDtos.TargetHeader(t.number(), t.name(), t.unitOfMeasure()))
                        .toList(),
                standings,
                exemplars(review),
                review.openedBy,
                review.openedAt,
                review.closedBy,
                review.closedAt,
                access.canManage(campaign) && review.status == Review.Status.OPEN,
                review.version);
    }

    private List<ReviewDtos.ExemplarView> exemplars(Review review) {
        return review.exemplars.stream()
                .map(e -> mapper.toView(e, tree.name(e.unitId())))
                .toList();
    }

    /** The audit keeps what was decided, not the whole result table. */
    private static Object summary(ReviewDtos.ReviewView view) {
        return new ReviewDtos.ReviewInput(view.kind(), view.title(), view.heldOn());
    }
}
