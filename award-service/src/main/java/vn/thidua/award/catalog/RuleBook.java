package vn.thidua.award.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.thidua.award.catalog.CatalogEnums.RuleSetScope;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.replicas.unit.ReplicaTree;

/** Finds the rules in force on a day for a unit: the national rule set, overlaid by the nearest local one above the unit. */
@ApplicationScoped
public class RuleBook {

    @Inject
    ReplicaTree tree;

    /** The rules a unit is judged under on {@code day}. */
    public Rules on(LocalDate day, UUID unitId) {
        RuleSet national = RuleSet.<RuleSet>list("scope = ?1", RuleSetScope.NATIONAL).stream()
                .filter(s -> s.inForceOn(day))
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.rule("Không có quy định cấp quốc gia nào có hiệu lực vào ngày " + day));
        RuleSet local = null;
        if (unitId != null) {
            List<RuleSet> locals = RuleSet.list("scope", RuleSetScope.LOCAL);
            for (UUID unit : tree.lineage(unitId)) {
                local = locals.stream()
                        .filter(s -> unit.equals(s.organizingUnitId) && s.inForceOn(day))
                        .findFirst()
                        .orElse(null);
                if (local != null) {
                    break;
                }
            }
        }
        return new Rules(day, national, local);
    }

    /** The effective rules: a local rule overrides the national one for its award type, a local setting the national one. */
    public record Rules(LocalDate day, RuleSet national, RuleSet local) {

        public Optional<AwardRule> ruleFor(String awardType) {
            return Optional.ofNullable(local).flatMap(l -> l.ruleFor(awardType)).or(() -> national.ruleFor(awardType));
        }

        /** The rule set that states the rule for {@code awardType}. */
        public RuleSet sourceOf(String awardType) {
            return local != null && local.ruleFor(awardType).isPresent() ? local : national;
        }

        public RuleSettings settings() {
            return local == null ? national.settings : local.settings.over(national.settings);
        }

        public List<UUID> ruleSetIds() {
            return local == null ? List.of(national.id) : List.of(national.id, local.id);
        }

        /** "Quy định theo Nghị định 152/2025/NĐ-CP; Quy định khen thưởng của tỉnh Kon Tum" */
        public String names() {
            return local == null ? national.name : national.name + "; " + local.name;
        }
    }
}
