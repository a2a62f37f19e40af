package vn.thidua.campaign.showcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.documents.StoredFile;
import vn.thidua.platform.problem.ProblemException;

/** A photo of a model; only images (JPG, PNG) are shown in the showcase. */
@Entity
@Table(name = "model_photo")
public class ModelPhoto extends StoredFile {

    @Id
    public UUID id;

    @Column(name = "model_id", nullable = false)
    public UUID modelId;

    static ModelPhoto of(UUID modelId, String filename, byte[] content, String by, OffsetDateTime at) {
        ModelPhoto photo = new ModelPhoto();
        photo.id = UUID.randomUUID();
        photo.modelId = modelId;
        photo.store(filename, content, by, at);
        if (!photo.contentType.startsWith("image/")) {
            throw ProblemException.invalidField("file", "ảnh mô hình phải là tệp JPG hoặc PNG");
        }
        return photo;
    }
}
