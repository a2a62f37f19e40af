package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.eligibility.FactGatherer;
import vn.thidua.award.people.Person;
import vn.thidua.platform.audit.AuditTrail;

/** Turns the proposals of a bloc's ranking or a campaign's review into nomination drafts, once each. */
@ApplicationScoped
public class ProposalDrafts {

    @Inject
    Clock clock;

    @Inject
    FactGatherer eligibility;

    @Inject
    AuditTrail audit;

    /** Proposal of a bloc or campaign: who proposes (its organizer), for whom, for what. */
    public record Proposal(
            Nomination.OriginKind kind,
            UUID proposerUnitId,
            UUID originId,
            String originTitle,
            Integer rank,
            RecipientKind nomineeKind,
            UUID nomineeUnitId,
            String unitName,
            String personName,
            String personPosition,
            int year,
            String requestedAward,
            String achievement) {}

    public void draft(Proposal p) {
        UUID personId = null;
        String name = p.unitName();
        if (p.nomineeKind() == RecipientKind.INDIVIDUAL) {
            Person person = person(p);
            personId = person.id;
            name = person.fullName;
        }
        if (alreadyDrafted(p, personId, name)) {
            return;
        }
        Optional<AwardType> type = match(p.requestedAward());
        Nomination n = Nomination.draft(
                p.kind(),
                p.proposerUnitId(),
                p.kind().name(),
                p.originId(),
                p.originTitle(),
                p.nomineeKind(),
                p.nomineeUnitId(),
                personId,
                name,
                p.personPosition(),
                p.year(),
                type.filter(t -> t.accepts(p.nomineeKind())).map(t -> t.code).orElse(null),
                p.achievement(),
                AuditTrail.SYSTEM,
                OffsetDateTime.now(clock));
        n.proposedAs(p.rank(), p.requestedAward());
        n.persist();
        n.assessed(eligibility.check(n, LocalDate.now(clock)));
        audit.record(
                "award.nomination.draft-from-" + p.kind().name().toLowerCase(Locale.ROOT),
                "nomination",
                n.id,
                null,
                new Drafted(p.originId(), name, n.awardType, p.requestedAward()));
    }

    record Drafted(UUID originId, String nominee, String awardType, String requestedAward) {}

    private static boolean alreadyDrafted(Proposal p, UUID personId, String name) {
        return personId != null
                ? Nomination.count(
                                "originKind = ?1 and originId = ?2 and personId = ?3 and year = ?4",
                                p.kind().name(),
                                p.originId(),
                                personId,
                                p.year())
                        > 0
                : Nomination.count(
                                "originKind = ?1 and originId = ?2 and nomineeUnitId = ?3 and personId is null and year = ?4",
                                p.kind().name(),
                                p.originId(),
                                p.nomineeUnitId(),
                                p.year())
                        > 0;
    }

    /** The person named by a campaign's exemplar, found in their unit by name, or recorded. */
    private Person person(Proposal p) {
        Person found = Person.find(
                        "unitId = ?1 and lower(fullName) = ?2",
                        p.nomineeUnitId(),
                        p.personName().strip().toLowerCase(Locale.ROOT))
                .firstResult();
        if (found != null) {
            return found;
        }
        Person person = Person.of(
                p.nomineeUnitId(),
                p.personName().strip(),
                Person.Gender.MALE,
                AuditTrail.SYSTEM,
                OffsetDateTime.now(clock));
        person.describe(null, p.personPosition());
        person.holdWhile(
                false, false, "Ghi nhận từ đề nghị của phong trào; đơn vị cần bổ sung giới tính, năm sinh và đánh giá");
        person.persist();
        return person;
    }

    /** An award type named by its code or its Vietnamese name, however its accents and spaces were typed. */
    static Optional<AwardType> match(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        String key = normalize(requested);
        return AwardType.<AwardType>listAll().stream()
                .filter(t -> t.code.equalsIgnoreCase(requested.strip())
                        || normalize(t.name).equals(key))
                .findFirst();
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
