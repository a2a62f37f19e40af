package vn.thidua.award.nomination;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.parking.ConsumerGuards;
import vn.thidua.platform.parking.InboxListener;
import vn.thidua.replicas.bloc.BlocReplica;

/**
 * A bloc's confirmed ranking (thidua.blocs.v1) becomes nomination drafts: the Cờ thi đua for the
 * leading unit(s), Bằng khen for the others proposed, proposed by the bloc's organizing unit.
 */
@ApplicationScoped
public class BlocProposalListener extends InboxListener {

    static final String CONSUMER = "bloc-proposals";
    static final String CHANNEL = "bloc-proposals";
    public static final String RANKING_CONFIRMED = "vn.thidua.bloc.ranking-confirmed.v1";
    static final String FLAG = "PROVINCIAL_EMULATION_FLAG";
    static final String MERIT = "PROVINCIAL_CERTIFICATE_OF_MERIT";

    /** bloc-service's RankingConfirmed, the fields read here. */
    public record RankingConfirmed(UUID roundId, UUID blocId, String blocName, int year, List<RankedUnit> ranking) {}

    public record RankedUnit(UUID unitId, String unitName, int rank, boolean tied, BigDecimal score, String proposal) {}

    BlocProposalListener() {
        super(CONSUMER, CHANNEL);
    }

    @Inject
    ProposalDrafts drafts;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.EVENTS)
    public void onBlocEvent(String payload) {
        receive(payload);
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (!RANKING_CONFIRMED.equals(event.type())) {
            return;
        }
        RankingConfirmed ranking = event.dataAs(RankingConfirmed.class);
        BlocReplica bloc = BlocReplica.findById(ranking.blocId());
        if (bloc == null) {
            // the bloc replica is fed by another consumer of the same topic; retry until it has caught up
            throw new IllegalStateException("Chưa có khối " + ranking.blocId() + " trong bản sao");
        }
        for (RankedUnit unit : ranking.ranking()) {
            if (unit.proposal() == null) {
                continue;
            }
            String award = "EMULATION_FLAG".equals(unit.proposal()) ? FLAG : MERIT;
            drafts.draft(new ProposalDrafts.Proposal(
                    Nomination.OriginKind.BLOC,
                    bloc.organizingUnitId,
                    bloc.id,
                    ranking.blocName(),
                    unit.rank(),
                    RecipientKind.COLLECTIVE,
                    unit.unitId(),
                    unit.unitName(),
                    null,
                    null,
                    ranking.year(),
                    award,
                    "Xếp thứ %d%s trong %s năm %d với %s điểm; được khối suy tôn đề nghị %s."
                            .formatted(
                                    unit.rank(),
                                    unit.tied() ? " (đồng hạng)" : "",
                                    ranking.blocName(),
                                    ranking.year(),
                                    unit.score()
                                            .stripTrailingZeros()
                                            .toPlainString()
                                            .replace('.', ','),
                                    FLAG.equals(award) ? "tặng Cờ thi đua" : "tặng Bằng khen")));
        }
    }
}
