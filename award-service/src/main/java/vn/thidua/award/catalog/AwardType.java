package vn.thidua.award.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.award.catalog.CatalogEnums.AwardCategory;
import vn.thidua.award.catalog.CatalogEnums.AwardLevel;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.platform.problem.ProblemException;

/** A title or form of commendation; how it is given lives in the rule sets. */
@Entity
@Table(name = "award_type")
public class AwardType extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardCategory category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recipient_kinds", nullable = false)
    public List<RecipientKind> recipientKinds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardLevel level;

    @Column(nullable = false)
    public int position;

    public boolean isTitle() {
        return category == AwardCategory.TITLE;
    }

    public boolean accepts(RecipientKind kind) {
        return recipientKinds.contains(kind);
    }

    public static List<AwardType> ordered() {
        return list("order by position");
    }

    /** The award type named by {@code field}, or a problem naming that field. */
    public static AwardType require(String code, String field) {
        AwardType type = code == null ? null : findById(code);
        if (type == null) {
            throw ProblemException.invalidField(field, "không có loại khen thưởng \"" + code + "\" trong danh mục");
        }
        return type;
    }
}
