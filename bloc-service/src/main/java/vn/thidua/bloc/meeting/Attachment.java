package vn.thidua.bloc.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.thidua.platform.documents.StoredFile;

/** A file attached to a meeting (invitation, minutes, photos). */
@Entity
@Table(name = "meeting_attachment")
public class Attachment extends StoredFile {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    static Attachment of(UUID meetingId, String filename, byte[] content, String by, OffsetDateTime at) {
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.meetingId = meetingId;
        attachment.store(filename, content, by, at);
        return attachment;
    }

    static List<Attachment> of(UUID meetingId) {
        return list("meetingId = ?1 order by uploadedAt", meetingId);
    }
}
