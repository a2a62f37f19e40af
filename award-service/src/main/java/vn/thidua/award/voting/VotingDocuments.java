package vn.thidua.award.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.council.Council;
import vn.thidua.award.council.CouncilRole;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.documents.DocxRenderer;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.documents.PdfRenderer;
import vn.thidua.replicas.bloc.TermReplica;
import vn.thidua.replicas.unit.UnitReplica;

/** The minutes of the count as PDF and Word, once a round is counted. */
@ApplicationScoped
public class VotingDocuments {

    @Inject
    VotingQueries queries;

    @Inject
    VotingAccess access;

    @Inject
    BallotBox box;

    public RestResponse<byte[]> minutesPdf(UUID id) {
        VotingSession s = VotingQueries.find(id);
        return Downloads.attachment(
                PdfRenderer.render(minutes(s)), Downloads.PDF, "Bien-ban-kiem-phieu-" + s.heldOn + ".pdf");
    }

    public RestResponse<byte[]> minutesDocx(UUID id) {
        VotingSession s = VotingQueries.find(id);
        return Downloads.attachment(
                DocxRenderer.render(minutes(s)), Downloads.DOCX, "Bien-ban-kiem-phieu-" + s.heldOn + ".docx");
    }

    private AdministrativeDocument minutes(VotingSession s) {
        access.requireViews(s);
        VotingDtos.ResultView result = queries.result(s.id);
        UnitReplica organizer = UnitReplica.findById(s.organizingUnitId);
        String issuing = result.bodyName().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        return CountMinutes.of(
                s, result, issuing, organizer == null ? null : organizer.name, box.writtenNames(s.id), signers(s));
    }

    private static List<CountMinutes.Signer> signers(VotingSession s) {
        if (s.kind == SessionKind.COUNCIL) {
            Council c = Council.findById(s.councilId);
            List<CountMinutes.Signer> signers = new ArrayList<>();
            c.sittingOn(s.heldOn).stream()
                    .filter(m -> m.role == CouncilRole.SECRETARY)
                    .findFirst()
                    .ifPresent(m -> signers.add(new CountMinutes.Signer("THƯ KÝ HỘI ĐỒNG", m.fullName)));
            c.sittingOn(s.heldOn).stream()
                    .filter(m -> m.role == CouncilRole.CHAIR)
                    .findFirst()
                    .ifPresent(m -> signers.add(new CountMinutes.Signer("CHỦ TỊCH HỘI ĐỒNG", m.fullName)));
            return signers;
        }
        return TermReplica.of(s.blocId, s.heldOn.getYear())
                .map(t -> {
                    UnitReplica head = UnitReplica.findById(t.headUnitId);
                    return List.of(new CountMinutes.Signer("TM. ĐƠN VỊ TRƯỞNG KHỐI", head == null ? "" : head.name));
                })
                .orElse(List.of());
    }
}
