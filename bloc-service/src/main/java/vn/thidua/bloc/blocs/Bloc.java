package vn.thidua.bloc.blocs;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;

/** A bloc or cluster (khối / cụm thi đua) under its organizing unit. */
@Entity
@Table(name = "bloc")
public class Bloc extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organizing_unit_id", nullable = false)
    public UUID organizingUnitId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BlocKind kind;

    public String description;

    @Embedded
    public FoundingDocument foundingDocument;

    /** Whether the bloc's regulation has members score each other, not only themselves. */
    @Column(name = "cross_scoring", nullable = false)
    public boolean crossScoring;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Bloc create(UUID organizingUnitId, String code, String name, BlocKind kind, OffsetDateTime now) {
        Bloc bloc = new Bloc();
        bloc.id = UUID.randomUUID();
        bloc.organizingUnitId = organizingUnitId;
        bloc.createdAt = now;
        bloc.rename(code, name, kind, now);
        return bloc;
    }

    public void rename(String code, String name, BlocKind kind, OffsetDateTime now) {
        this.code = code.strip();
        this.name = name.strip();
        this.kind = kind;
        this.updatedAt = now;
    }

    public void describe(
            String description, FoundingDocument foundingDocument, boolean crossScoring, OffsetDateTime now) {
        this.description = blankToNull(description);
        this.foundingDocument = foundingDocument;
        this.crossScoring = crossScoring;
        this.updatedAt = now;
    }

    public void requireVersion(long expected) {
        if (version != expected) {
            throw ProblemException.conflict("Khối \"" + name + "\" đã được người khác cập nhật (phiên bản " + version
                    + ", bạn gửi " + expected + "); hãy tải lại rồi sửa lại");
        }
    }

    /** The bloc, locked until the end of the transaction: changes to its members and terms go one at a time. */
    public static Bloc lock(UUID id) {
        Bloc bloc = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (bloc == null) {
            throw ProblemException.notFound("khối thi đua", id);
        }
        return bloc;
    }

    public static Bloc require(UUID id) {
        Bloc bloc = findById(id);
        if (bloc == null) {
            throw ProblemException.notFound("khối thi đua", id);
        }
        return bloc;
    }
}
