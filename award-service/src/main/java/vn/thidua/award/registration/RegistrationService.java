package vn.thidua.award.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.award.people.Person;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;
import vn.thidua.replicas.unit.UnitReplica;

/** Đăng ký danh hiệu thi đua: by entry or from the unit's staff list in Excel. */
@ApplicationScoped
public class RegistrationService {

    @Inject
    Clock clock;

    @Inject
    RegistrationMapper mapper;

    @Inject
    AwardAccess access;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public List<RegistrationDtos.RegistrationView> list(UUID unitId, int year) {
        if (!access.reaches(unitId)) {
            throw ProblemException.forbidden("Đơn vị ngoài phạm vi của bạn");
        }
        return TitleRegistration.<TitleRegistration>list(
                        "unitId = ?1 and year = ?2 order by registeredAt", unitId, year)
                .stream()
                .map(this::view)
                .toList();
    }

    /** Registers each entry; what is already registered stays as it is. */
    @Transactional
    public List<RegistrationDtos.RegistrationView> register(RegistrationDtos.BulkInput in) {
        requireUnit(in.unitId());
        for (int i = 0; i < in.entries().size(); i++) {
            RegistrationDtos.Entry e = in.entries().get(i);
            String at = "entries[" + i + "]";
            Person person = null;
            if (e.personId() != null) {
                person = Person.findById(e.personId());
                if (person == null || !person.unitId.equals(in.unitId())) {
                    throw ProblemException.invalidField(at + ".personId", "không phải cá nhân của đơn vị");
                }
            }
            AwardType type = title(
                    e.awardType(),
                    person == null ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL,
                    at + ".awardType");
            add(in.unitId(), in.year(), type, person, in.registeredOn());
        }
        TitleRegistration.flush();
        audit.record("award.registration.register", "unit", in.unitId(), null, in);
        return list(in.unitId(), in.year());
    }

    @Transactional
    public RegistrationDtos.ImportResult importStaff(UUID unitId, int year, LocalDate registeredOn, byte[] xlsx) {
        requireUnit(unitId);
        List<StaffListImport.StaffRow> rows = StaffListImport.read(xlsx);
        List<AwardType> types = AwardType.ordered();
        List<PendingRegistration> pending = new ArrayList<>();
        for (StaffListImport.StaffRow row : rows) {
            for (String title : row.titles()) {
                AwardType type = types.stream()
                        .filter(t -> t.code.equalsIgnoreCase(title) || t.name.equalsIgnoreCase(title))
                        .findFirst()
                        .orElseThrow(() -> ProblemException.invalidField(
                                "file.row" + row.row() + ".title",
                                "dòng " + row.row() + ": không có danh hiệu \"" + title + "\" trong danh mục"));
                pending.add(new PendingRegistration(
                        row, title(type.code, RecipientKind.INDIVIDUAL, "file.row" + row.row() + ".title")));
            }
        }
        int created = 0;
        int people = 0;
        int already = 0;
        for (StaffListImport.StaffRow row : rows) {
            Person person = Person.find(
                            "unitId = ?1 and lower(fullName) = ?2",
                            unitId,
                            row.fullName().toLowerCase(Locale.ROOT))
                    .firstResult();
            if (person == null) {
                person = Person.of(unitId, row.fullName(), row.gender(), user.username(), OffsetDateTime.now(clock));
                people++;
            }
            person.updateFromStaffList(row.gender(), row.birthYear(), row.position());
            if (!person.isPersistent()) {
                person.persist();
            }
            for (PendingRegistration p : pending) {
                if (p.row() == row) {
                    if (add(unitId, year, p.type(), person, registeredOn)) {
                        created++;
                    } else {
                        already++;
                    }
                }
            }
        }
        TitleRegistration.flush();
        RegistrationDtos.ImportResult result =
                new RegistrationDtos.ImportResult(rows.size(), people, created, already, list(unitId, year));
        audit.record(
                "award.registration.import",
                "unit",
                unitId,
                null,
                new ImportAudit(year, rows.size(), people, created, already));
        return result;
    }

    record PendingRegistration(StaffListImport.StaffRow row, AwardType type) {}

    record ImportAudit(int year, int rows, int peopleCreated, int registrationsCreated, int alreadyRegistered) {}

    /** A registration the unit no longer aims for, unless a nomination already rests on it. */
    @Transactional
    public void cancel(UUID id) {
        TitleRegistration r = TitleRegistration.findById(id);
        if (r == null) {
            throw ProblemException.notFound("đăng ký danh hiệu", id);
        }
        access.requireActsFor(r.unitId, "Đăng ký danh hiệu");
        long used = r.personId != null
                ? Nomination.count(
                        "personId = ?1 and year = ?2 and awardType = ?3 and status in ?4",
                        r.personId,
                        r.year,
                        r.awardType,
                        NominationStatus.CLAIMING)
                : Nomination.count(
                        "nomineeUnitId = ?1 and personId is null and year = ?2 and awardType = ?3 and status in ?4",
                        r.unitId,
                        r.year,
                        r.awardType,
                        NominationStatus.CLAIMING);
        if (used > 0) {
            throw ProblemException.rule("Đã có đề nghị khen thưởng dựa trên đăng ký này; hãy rút đề nghị trước");
        }
        audit.record("award.registration.cancel", "title-registration", r.id, view(r), null);
        r.delete();
    }

    public byte[] template() {
        return Spreadsheets.table(
                "Danh sách",
                "DANH SÁCH CÁN BỘ ĐĂNG KÝ DANH HIỆU THI ĐUA",
                StaffListImport.HEADERS,
                List.of(
                        List.of(
                                "Nguyễn Văn An",
                                "Nam",
                                1985,
                                "Đội trưởng",
                                "Lao động tiên tiến; Chiến sĩ thi đua cơ sở"),
                        List.of("Trần Thị Bình", "Nữ", 1990, "Cán bộ", "Lao động tiên tiến")));
    }

    /** {@code registeredOn} null: registered today, which a registration of a year already past cannot be. */
    private boolean add(UUID unitId, int year, AwardType type, Person person, LocalDate registeredOn) {
        UUID personId = person == null ? null : person.id;
        if (TitleRegistration.exists(unitId, personId, year, type.code)) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        if (registeredOn == null && today.getYear() > year) {
            throw ProblemException.invalidField(
                    "registeredOn",
                    "năm " + year + " đã qua: ghi ngày đơn vị đã đăng ký (từ 01/12/" + (year - 1) + " đến 31/12/" + year
                            + ")");
        }
        TitleRegistration.of(
                        unitId,
                        year,
                        type.code,
                        personId,
                        registeredOn == null ? today : registeredOn,
                        user.username(),
                        OffsetDateTime.now(clock))
                .persist();
        return true;
    }

    private static AwardType title(String code, RecipientKind kind, String field) {
        AwardType type = AwardType.require(code, field);
        if (!type.isTitle()) {
            throw ProblemException.invalidField(
                    field, type.name + " là hình thức khen thưởng, không phải danh hiệu để đăng ký");
        }
        if (!type.accepts(kind)) {
            throw ProblemException.invalidField(
                    field,
                    type.name
                            + (kind == RecipientKind.INDIVIDUAL
                                    ? " là danh hiệu tập thể, không đăng ký cho cá nhân"
                                    : " là danh hiệu cá nhân, không đăng ký cho tập thể"));
        }
        return type;
    }

    private void requireUnit(UUID unitId) {
        if (UnitReplica.findById(unitId) == null) {
            throw ProblemException.invalidField("unitId", "không có đơn vị này trong danh bạ");
        }
        access.requireActsFor(unitId, "Đăng ký danh hiệu");
    }

    private RegistrationDtos.RegistrationView view(TitleRegistration r) {
        Person person = r.personId == null ? null : Person.findById(r.personId);
        AwardType type = AwardType.findById(r.awardType);
        return mapper.toView(r, tree.name(r.unitId), type, person);
    }
}
