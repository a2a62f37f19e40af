package vn.thidua.bloc.unit;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;

/** A unit (đơn vị) in the directory tree. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Unit create(UUID id, String name, String shortName, UnitKind kind, Unit parent, OffsetDateTime now) {
        Unit unit = new Unit();
        unit.id = id;
        unit.createdAt = now;
        unit.describe(name, shortName, kind, now);
        unit.placeUnder(parent, now);
        return unit;
    }

    public void describe(String name, String shortName, UnitKind kind, OffsetDateTime now) {
        this.name = name.strip();
        this.shortName = blankToNull(shortName);
        this.kind = kind;
        this.updatedAt = now;
    }

    /** Moves the unit; a parent must be active and may not be the unit itself or one of its descendants. */
    public void placeUnder(Unit parent, OffsetDateTime now) {
        if (parent == null) {
            parentId = null;
            return;
        }
        if (!parent.active) {
            throw ProblemException.invalidField(
                    "parentId", "đơn vị cấp trên \"" + parent.name + "\" đã ngừng hoạt động");
        }
        for (Unit ancestor = parent; ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.id.equals(id)) {
                throw ProblemException.invalidField(
                        "parentId", "không thể đặt đơn vị dưới chính nó hoặc đơn vị cấp dưới của nó");
            }
        }
        parentId = parent.id;
        updatedAt = now;
    }

    /** Ngừng hoạt động: only once every sub-unit has stopped, so no active unit hangs under an inactive one. */
    public void deactivate(OffsetDateTime now) {
        if (!active) {
            throw ProblemException.conflict("Đơn vị \"" + name + "\" đã ngừng hoạt động");
        }
        long activeChildren = count("parentId = ?1 and active = true", id);
        if (activeChildren > 0) {
            throw ProblemException.rule("Đơn vị \"" + name + "\" còn " + activeChildren
                    + " đơn vị trực thuộc đang hoạt động; hãy cho các đơn vị đó ngừng hoạt động trước");
        }
        active = false;
        updatedAt = now;
    }

    public void activate(OffsetDateTime now) {
        if (active) {
            throw ProblemException.conflict("Đơn vị \"" + name + "\" đang hoạt động");
        }
        Unit parent = parent();
        if (parent != null && !parent.active) {
            throw ProblemException.rule(
                    "Đơn vị cấp trên \"" + parent.name + "\" đã ngừng hoạt động; hãy kích hoạt đơn vị cấp trên trước");
        }
        active = true;
        updatedAt = now;
    }

    Unit parent() {
        return parentId == null ? null : findById(parentId);
    }
}
