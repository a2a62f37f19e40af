package vn.thidua.award.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.award.catalog.CatalogEnums.DossierKind;
import vn.thidua.platform.documents.StoredFile;

/** A file of a nomination's dossier (tờ trình, báo cáo thành tích, biên bản, công nhận sáng kiến). */
@Entity
@Table(name = "nomination_document")
public class DossierDocument extends StoredFile {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DossierKind kind;

    public static DossierDocument of(
            UUID nominationId, DossierKind kind, String filename, byte[] content, String by, OffsetDateTime at) {
        DossierDocument doc = new DossierDocument();
        doc.id = UUID.randomUUID();
        doc.nominationId = nominationId;
        doc.kind = kind;
        doc.store(filename, content, by, at);
        return doc;
    }
}
