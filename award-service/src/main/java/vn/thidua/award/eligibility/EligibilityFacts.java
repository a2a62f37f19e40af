package vn.thidua.award.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.award.catalog.CatalogEnums.DisciplineForm;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;
import vn.thidua.award.people.Person;

/**
 * What the rules look at for one nomination, gathered from the registry, the people records and the
 * other nominations (see {@link FactGatherer}); {@link EligibilityCheck} judges them without touching the database.
 */
public record EligibilityFacts(
        int year,
        LocalDate judgedOn,
        String awardType,
        boolean title,
        List<RecipientKind> acceptedKinds,
        RecipientKind nomineeKind,
        boolean registered,
        NomineeRecord person,
        CollectiveRecord collective,
        Map<Integer, Set<String>> titlesByYear,
        Set<String> claimedSameYear,
        List<String> sameAchievementClaims,
        boolean fromBlocProposal,
        long quotaUsed,
        long staffCount,
        Map<String, String> awardNames) {

    /** A person's yearly facts. */
    public record NomineeRecord(
            Map<Integer, TaskRating> ratings,
            List<Person.Initiative> initiatives,
            List<Person.Discipline> disciplines,
            boolean underInspection,
            boolean underComplaint) {}

    /** A collective's own rating and its people's facts for the year. */
    public record CollectiveRecord(TaskRating rating, boolean underInspection, List<Member> members) {}

    public record Member(TaskRating rating, Set<String> titles, DisciplineForm worstDiscipline) {}

    public String nameOf(String code) {
        return awardNames.getOrDefault(code, code);
    }

    public boolean holds(String awardType, int inYear) {
        return titlesByYear.getOrDefault(inYear, Set.of()).contains(awardType);
    }
}
