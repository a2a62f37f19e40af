package vn.thidua.award.people;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;
import vn.thidua.replicas.unit.UnitReplica;

/** People and their yearly facts, kept by their unit; collectives' own ratings, kept by the secretariat. */
@ApplicationScoped
public class PeopleService {

    @Inject
    Clock clock;

    @Inject
    AwardAccess access;

    @Inject
    PeopleMapper mapper;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public Page<PeopleDtos.PersonSummary> search(UUID unitId, boolean below, String q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        access.restrict(where, params, "unitId");
        if (unitId != null && below) {
            where.append(" and unitId in :units");
            params.and("units", tree.subtree(unitId, false));
        } else if (unitId != null) {
            where.append(" and unitId = :unit");
            params.and("unit", unitId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(fullName) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        return Page.of(
                Person.<Person>find(where.toString(), page.sort(Set.of("fullName", "createdAt"), "fullName"), params),
                page,
                p -> mapper.toSummary(p, tree.name(p.unitId), LocalDate.now(clock)));
    }

    public PeopleDtos.PersonView get(UUID id) {
        return view(viewable(id));
    }

    @Transactional
    public PeopleDtos.PersonView create(PeopleDtos.PersonInput in) {
        requireUnit(in.unitId());
        access.requireActsFor(in.unitId(), "Cá nhân");
        Person person =
                Person.of(in.unitId(), in.fullName().strip(), in.gender(), user.username(), OffsetDateTime.now(clock));
        apply(person, in);
        person.persist();
        Person.flush();
        PeopleDtos.PersonView view = view(person);
        audit.record("award.person.create", "person", person.id, null, view);
        return view;
    }

    @Transactional
    public PeopleDtos.PersonView update(UUID id, PeopleDtos.PersonInput in) {
        Person person = viewable(id);
        access.requireActsFor(person.unitId, "Cá nhân");
        requireUnit(in.unitId());
        access.requireActsFor(in.unitId(), "Đơn vị mới của cá nhân");
        if (in.version() == null || in.version() != person.version) {
            throw ProblemException.conflict(
                    "Hồ sơ cá nhân đã được người khác sửa (phiên bản " + person.version + "); hãy tải lại");
        }
        PeopleDtos.PersonView before = view(person);
        person.identify(in.unitId(), in.fullName(), in.gender());
        apply(person, in);
        Person.flush();
        PeopleDtos.PersonView after = view(person);
        audit.record("award.person.update", "person", person.id, before, after);
        return after;
    }

    public List<PeopleDtos.AssessmentView> assessments(UUID unitId) {
        if (!access.reaches(unitId)) {
            throw ProblemException.forbidden("Đánh giá tập thể thuộc đơn vị ngoài phạm vi của bạn");
        }
        return UnitAssessment.<UnitAssessment>list("key.unitId = ?1 order by key.year desc", unitId).stream()
                .map(a -> mapper.toView(a, tree.name(unitId)))
                .toList();
    }

    @Transactional
    public PeopleDtos.AssessmentView assess(UUID unitId, int year, PeopleDtos.AssessmentInput in) {
        requireUnit(unitId);
        access.requireManages(unitId, "Đánh giá tập thể");
        UnitAssessment assessment = UnitAssessment.of(unitId, year).orElse(null);
        Object before = assessment == null ? null : mapper.toView(assessment, null);
        boolean isNew = assessment == null;
        if (isNew) {
            assessment = UnitAssessment.first(unitId, year);
        }
        assessment.rate(in.rating(), in.underInspection(), user.username(), OffsetDateTime.now(clock));
        if (isNew) {
            assessment.persist();
        }
        PeopleDtos.AssessmentView view = mapper.toView(assessment, tree.name(unitId));
        audit.record("award.unit.assess", "unit", unitId, before, view);
        return view;
    }

    /** The person if the user reaches their unit (secretariat, the unit and the units above it). */
    public Person viewable(UUID id) {
        Person person = Person.findById(id);
        if (person == null || !access.reaches(person.unitId)) {
            throw ProblemException.notFound("cá nhân", id);
        }
        return person;
    }

    private void apply(Person person, PeopleDtos.PersonInput in) {
        person.describe(in.birthYear(), in.position());
        person.holdWhile(in.underInspection(), in.underComplaint(), in.holdNote());
        person.record(
                in.ratings() == null ? Map.of() : in.ratings(),
                in.initiatives() == null
                        ? List.of()
                        : in.initiatives().stream().map(mapper::toInitiative).toList(),
                in.disciplines() == null
                        ? List.of()
                        : in.disciplines().stream().map(mapper::toDiscipline).toList(),
                LocalDate.now(clock));
    }

    private PeopleDtos.PersonView view(Person person) {
        return mapper.toView(person, tree.name(person.unitId), access.actsFor(person.unitId));
    }

    private static void requireUnit(UUID unitId) {
        if (UnitReplica.findById(unitId) == null) {
            throw ProblemException.invalidField("unitId", "không có đơn vị này trong danh bạ");
        }
    }
}
