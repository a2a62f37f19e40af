package vn.thidua.campaign.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.documents.StoredFile;

/** A file proving what a progress report says (photos, minutes, documents). */
@Entity
@Table(name = "report_evidence")
public class Evidence extends StoredFile {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    static Evidence of(UUID reportId, String filename, byte[] content, String by, OffsetDateTime at) {
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.reportId = reportId;
        evidence.store(filename, content, by, at);
        return evidence;
    }
}
