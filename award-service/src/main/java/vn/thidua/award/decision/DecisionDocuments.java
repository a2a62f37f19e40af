package vn.thidua.award.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.catalog.RuleBook;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.documents.CertificateRenderer;
import vn.thidua.platform.documents.DocxRenderer;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.documents.PdfRenderer;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.replicas.unit.UnitReplica;

/** The files of a decision: the decision with its annex (PDF, Word) and the certificates. */
@ApplicationScoped
public class DecisionDocuments {

    @Inject
    DecisionService decisions;

    @Inject
    RuleBook ruleBook;

    public RestResponse<byte[]> decisionPdf(UUID id) {
        DecisionDtos.DecisionView d = decisions.get(id);
        return Downloads.attachment(PdfRenderer.render(document(d)), Downloads.PDF, fileName(d) + ".pdf");
    }

    public RestResponse<byte[]> decisionDocx(UUID id) {
        DecisionDtos.DecisionView d = decisions.get(id);
        return Downloads.attachment(DocxRenderer.render(document(d)), Downloads.DOCX, fileName(d) + ".docx");
    }

    /** Certificates exist once the decision is issued; {@code nominationId} picks one recipient. */
    public RestResponse<byte[]> certificates(UUID id, UUID nominationId) {
        DecisionDtos.DecisionView d = decisions.get(id);
        if (d.status() != Decision.Status.ISSUED) {
            throw ProblemException.rule("Quyết định chưa ban hành, chưa in được bằng khen, giấy khen");
        }
        List<DecisionDtos.Line> lines = d.lines().stream()
                .filter(l -> nominationId == null || l.nominationId().equals(nominationId))
                .toList();
        if (lines.isEmpty()) {
            throw ProblemException.notFound("người được khen trong quyết định", nominationId);
        }
        Map<UUID, String> achievements =
                Nomination.byIds(lines.stream()
                                .map(DecisionDtos.Line::nominationId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(n -> n.id, n -> n.achievement));
        byte[] pdf = CertificateRenderer.render(DecisionDocument.certificates(
                d, lines, line -> "Đã có thành tích: " + firstSentence(achievements.get(line.nominationId()))));
        String name = nominationId == null
                ? fileName(d) + "-bang-khen.pdf"
                : fileName(d) + "-" + lines.get(0).position() + ".pdf";
        return Downloads.attachment(pdf, Downloads.PDF, name);
    }

    private AdministrativeDocument document(DecisionDtos.DecisionView d) {
        UnitReplica organizer = UnitReplica.findById(d.organizingUnitId());
        UnitReplica parent =
                organizer == null || organizer.parentId == null ? null : UnitReplica.findById(organizer.parentId);
        String basis = ruleBook.on(d.issuedOn(), d.organizingUnitId())
                .national()
                .legalSource
                .replace("Luật Thi đua, khen thưởng 2022; ", "");
        return DecisionDocument.of(d, parent == null ? null : parent.name, basis);
    }

    private static String fileName(DecisionDtos.DecisionView d) {
        return "Quyet-dinh-" + d.number().replace('/', '-');
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf(". ");
        String first = end > 0 ? text.substring(0, end + 1) : text;
        return first.length() > 400 ? first.substring(0, 397) + "…" : first;
    }
}
