package vn.thidua.award.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.award.catalog.CatalogEnums.RuleSetScope;
import vn.thidua.platform.problem.ProblemException;

/**
 * A versioned body of award rules with its legal source and effective dates: a decree (national) or a
 * province's regulation on top of it (local, under an organizing unit).
 */
@Entity
@Table(name = "rule_set")
public class RuleSet extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_source", nullable = false)
    public String legalSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleSetScope scope;

    @Column(name = "organizing_unit_id")
    public UUID organizingUnitId;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RuleSettings settings;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AwardRule> rules = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public Optional<AwardRule> ruleFor(String awardType) {
        return rules.stream().filter(r -> r.awardType().equals(awardType)).findFirst();
    }

    /** A local rule set of an organizing unit; its rules override the national ones per award type. */
    public static RuleSet local(UUID organizingUnitId, String code, String by, OffsetDateTime now) {
        RuleSet set = new RuleSet();
        set.id = UUID.randomUUID();
        set.scope = RuleSetScope.LOCAL;
        set.organizingUnitId = organizingUnitId;
        set.code = code;
        set.updatedBy = by;
        set.updatedAt = now;
        return set;
    }

    /** A national rule set, as its file under rules/ states it (NationalRuleSets). */
    public static RuleSet national(UUID id, String code) {
        RuleSet set = new RuleSet();
        set.id = id;
        set.scope = RuleSetScope.NATIONAL;
        set.code = code;
        return set;
    }

    /** A national rule set follows its decree's file (NationalRuleSets); a province lays its own rules over it instead. */
    public void requireEditable() {
        if (scope == RuleSetScope.NATIONAL) {
            throw ProblemException.rule("Quy định cấp quốc gia \"" + this.name
                    + "\" được cài sẵn theo nghị định, không sửa được;" + " hãy lập quy định của địa phương");
        }
    }

    /** Replaces the content of a local rule set. */
    public void revise(
            String name,
            String legalSource,
            LocalDate from,
            LocalDate to,
            RuleSettings settings,
            List<AwardRule> rules,
            String by,
            OffsetDateTime now) {
        requireEditable();
        replace(name, legalSource, from, to, settings, rules, by, now);
    }

    /** Takes a national rule set's content from its file, with the same checks as a local one. */
    void enact(
            String name,
            String legalSource,
            LocalDate from,
            LocalDate to,
            RuleSettings settings,
            List<AwardRule> rules,
            String file,
            OffsetDateTime now) {
        if (scope != RuleSetScope.NATIONAL) {
            throw new IllegalStateException(code + " is not a national rule set");
        }
        replace(name, legalSource, from, to, settings, rules, file, now);
    }

    /** Dates, award types and rule fields are checked, naming the field at fault. */
    private void replace(
            String name,
            String legalSource,
            LocalDate from,
            LocalDate to,
            RuleSettings settings,
            List<AwardRule> rules,
            String by,
            OffsetDateTime now) {
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("effectiveTo", "ngày hết hiệu lực trước ngày có hiệu lực");
        }
        if (settings.disclosureWorkingDays() != null
                && (settings.disclosureWorkingDays() < 1 || settings.disclosureWorkingDays() > 60)) {
            throw ProblemException.invalidField(
                    "settings.disclosureWorkingDays", "thời gian công khai từ 1 đến 60 ngày làm việc");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            AwardRule rule = rules.get(i);
            String at = "rules[" + i + "]";
            AwardType.require(rule.awardType(), at + ".awardType");
            if (!seen.add(rule.awardType())) {
                throw ProblemException.invalidField(at + ".awardType", "loại khen thưởng đã có quy định ở trên");
            }
            if (rule.councilVote() && (rule.threshold() == null || rule.denominator() == null)) {
                throw ProblemException.invalidField(
                        at + ".threshold", "bỏ phiếu của hội đồng cần tỷ lệ và cách tính mẫu số");
            }
            if (rule.threshold() != null
                    && (rule.threshold().signum() <= 0 || rule.threshold().intValue() > 100)) {
                throw ProblemException.invalidField(at + ".threshold", "tỷ lệ tán thành từ trên 0 đến 100%");
            }
            for (var cash : rule.cash().entrySet()) {
                if (cash.getValue().signum() < 0) {
                    throw ProblemException.invalidField(at + ".cash." + cash.getKey(), "mức tiền thưởng không được âm");
                }
            }
        }
        this.name = name;
        this.legalSource = legalSource;
        this.effectiveFrom = from;
        this.effectiveTo = to;
        this.settings = settings;
        this.rules = new ArrayList<>(rules);
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
