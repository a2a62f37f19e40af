package vn.thidua.award.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.thidua.award.catalog.AwardRule;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.CatalogEnums.DisciplineForm;
import vn.thidua.award.catalog.CatalogEnums.QuotaScope;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.RuleBook;
import vn.thidua.award.honours.Honour;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.award.people.Person;
import vn.thidua.award.people.UnitAssessment;
import vn.thidua.award.registration.TitleRegistration;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.replicas.unit.ReplicaTree;

/** Runs the eligibility check of a nomination: gathers its facts from this service's records and judges them. */
@ApplicationScoped
public class FactGatherer {

    @Inject
    Clock clock;

    @Inject
    RuleBook ruleBook;

    @Inject
    ReplicaTree tree;

    /** Checks under the rules in force on {@code on} (the submission date once submitted, else today). */
    public Eligibility check(Nomination n, LocalDate on) {
        if (n.awardType == null) {
            return null;
        }
        RuleBook.Rules rules = ruleBook.on(on, n.nomineeUnitId);
        AwardRule rule = rules.ruleFor(n.awardType)
                .orElseThrow(() -> ProblemException.rule(
                        "Quy định đang có hiệu lực không có quy tắc cho \"" + n.awardType + "\""));
        return EligibilityCheck.judge(
                facts(n, on, rule), rule, rules.settings(), rules.names(), OffsetDateTime.now(clock));
    }

    EligibilityFacts facts(Nomination n, LocalDate on, AwardRule rule) {
        AwardType type = AwardType.findById(n.awardType);
        Map<String, String> names =
                AwardType.<AwardType>listAll().stream().collect(Collectors.toMap(t -> t.code, t -> t.name));
        boolean individual = n.nomineeKind == RecipientKind.INDIVIDUAL;
        EligibilityFacts.NomineeRecord person = null;
        if (individual) {
            Person p = Person.findById(n.personId);
            person = new EligibilityFacts.NomineeRecord(
                    new TreeMap<>(p.ratings),
                    List.copyOf(p.initiatives),
                    List.copyOf(p.disciplines),
                    p.underInspection,
                    p.underComplaint);
        }
        EligibilityFacts.CollectiveRecord collective =
                n.nomineeKind == RecipientKind.COLLECTIVE ? collective(n.nomineeUnitId, n.year) : null;
        List<Nomination> others = claims(n);
        return new EligibilityFacts(
                n.year,
                on,
                n.awardType,
                type.isTitle(),
                type.recipientKinds,
                n.nomineeKind,
                TitleRegistration.exists(n.nomineeUnitId, individual ? n.personId : null, n.year, n.awardType),
                person,
                collective,
                titles(n),
                others.stream()
                        .filter(o -> o.year == n.year)
                        .map(o -> o.awardType)
                        .collect(Collectors.toSet()),
                sameAchievement(n, others, names),
                "BLOC".equals(n.originKind),
                quotaUsed(n, rule),
                staff(n, rule),
                names);
    }

    private EligibilityFacts.CollectiveRecord collective(UUID unitId, int year) {
        UnitAssessment assessment = UnitAssessment.of(unitId, year).orElse(null);
        List<Person> people = Person.list("unitId", unitId);
        Map<UUID, Set<String>> held = Honour.<Honour>list(
                        "personId in ?1 and year = ?2 and revoked = false",
                        people.stream().map(p -> p.id).toList(),
                        year)
                .stream()
                .collect(Collectors.groupingBy(
                        h -> h.personId, Collectors.mapping(h -> h.awardType, Collectors.toSet())));
        List<EligibilityFacts.Member> members = people.stream()
                .map(p -> new EligibilityFacts.Member(
                        p.ratings.get(year),
                        held.getOrDefault(p.id, Set.of()),
                        p.disciplines.stream()
                                .filter(d -> d.touchesYear(year))
                                .map(Person.Discipline::form)
                                .max(Comparator.<DisciplineForm>naturalOrder())
                                .orElse(null)))
                .toList();
        return new EligibilityFacts.CollectiveRecord(
                assessment == null ? null : assessment.rating,
                assessment != null && assessment.underInspection,
                members);
    }

    /** The nominee's awards in force in the registry, by year. */
    private static Map<Integer, Set<String>> titles(Nomination n) {
        List<Honour> honours = n.nomineeKind == RecipientKind.INDIVIDUAL
                ? Honour.list("personId = ?1 and revoked = false", n.personId)
                : Honour.list(
                        "unitId = ?1 and personId is null and recipientKind = ?2 and recipientName = ?3 and revoked = false",
                        n.nomineeUnitId,
                        n.nomineeKind,
                        n.nomineeName);
        Map<Integer, Set<String>> byYear = new HashMap<>();
        honours.forEach(
                h -> byYear.computeIfAbsent(h.year, y -> new HashSet<>()).add(h.awardType));
        return byYear;
    }

    /** The nominee's other nominations that claim an award (past the draft, or decided). */
    private static List<Nomination> claims(Nomination n) {
        return n.nomineeKind == RecipientKind.INDIVIDUAL
                ? Nomination.list(
                        "personId = ?1 and id <> ?2 and status in ?3", n.personId, n.id, NominationStatus.CLAIMING)
                : Nomination.list(
                        "nomineeUnitId = ?1 and personId is null and nomineeName = ?2 and id <> ?3 and status in ?4",
                        n.nomineeUnitId,
                        n.nomineeName,
                        n.id,
                        NominationStatus.CLAIMING);
    }

    private static List<String> sameAchievement(Nomination n, List<Nomination> others, Map<String, String> names) {
        if (n.originId == null) {
            return List.of();
        }
        return others.stream()
                .filter(o -> n.originId.equals(o.originId)
                        && n.originKind.equals(o.originKind)
                        && !o.awardType.equals(n.awardType))
                .map(o -> names.getOrDefault(o.awardType, o.awardType))
                .toList();
    }

    private static long quotaUsed(Nomination n, AwardRule rule) {
        if (rule.quota() == null) {
            return 0;
        }
        return switch (rule.quota().scope()) {
            case PER_BLOC ->
                "BLOC".equals(n.originKind)
                        ? Nomination.count(
                                "originKind = 'BLOC' and originId = ?1 and year = ?2 and awardType = ?3 and id <> ?4 and status in ?5",
                                n.originId,
                                n.year,
                                n.awardType,
                                n.id,
                                NominationStatus.CLAIMING)
                        : 0;
            case PER_PROPOSER, SHARE_OF_STAFF ->
                Nomination.count(
                        "proposerUnitId = ?1 and year = ?2 and awardType = ?3 and id <> ?4 and status in ?5",
                        n.proposerUnitId,
                        n.year,
                        n.awardType,
                        n.id,
                        NominationStatus.CLAIMING);
        };
    }

    private long staff(Nomination n, AwardRule rule) {
        if (rule.quota() == null || rule.quota().scope() != QuotaScope.SHARE_OF_STAFF) {
            return 0;
        }
        return Person.count("unitId in ?1", tree.subtree(n.proposerUnitId, false));
    }
}
