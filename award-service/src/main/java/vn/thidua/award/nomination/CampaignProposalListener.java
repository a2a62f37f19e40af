package vn.thidua.award.nomination;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.parking.ConsumerGuards;
import vn.thidua.platform.parking.InboxListener;

/**
 * A campaign's final review (thidua.campaigns.v1) becomes nomination drafts: one per exemplary collective
 * or individual with a proposed award, proposed by the campaign's organizer.
 */
@ApplicationScoped
public class CampaignProposalListener extends InboxListener {

    static final String CONSUMER = "campaign-proposals";
    static final String CHANNEL = "campaign-proposals";
    public static final String REVIEW_CLOSED = "vn.thidua.campaign.review-closed.v1";

    /** campaign-service's ReviewClosed, the fields read here. */
    public record ReviewClosed(
            UUID reviewId,
            UUID campaignId,
            UUID organizingUnitId,
            String campaignTitle,
            String kind,
            String title,
            LocalDate heldOn,
            List<Exemplar> exemplars) {}

    public record Exemplar(
            String kind,
            UUID unitId,
            String unitName,
            String personName,
            String personPosition,
            String citation,
            String awardType) {}

    CampaignProposalListener() {
        super(CONSUMER, CHANNEL);
    }

    @Inject
    ProposalDrafts drafts;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.EVENTS)
    public void onCampaignEvent(String payload) {
        receive(payload);
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (!REVIEW_CLOSED.equals(event.type())) {
            return;
        }
        ReviewClosed review = event.dataAs(ReviewClosed.class);
        if (!"FINAL".equals(review.kind())) {
            return;
        }
        for (Exemplar e : review.exemplars()) {
            if (e.awardType() == null || e.awardType().isBlank()) {
                continue;
            }
            boolean person = "INDIVIDUAL".equals(e.kind());
            drafts.draft(new ProposalDrafts.Proposal(
                    Nomination.OriginKind.CAMPAIGN,
                    review.organizingUnitId(),
                    review.campaignId(),
                    review.campaignTitle(),
                    null,
                    person ? RecipientKind.INDIVIDUAL : RecipientKind.COLLECTIVE,
                    e.unitId(),
                    e.unitName(),
                    e.personName(),
                    e.personPosition(),
                    review.heldOn().getYear(),
                    e.awardType(),
                    e.citation()));
        }
    }
}
