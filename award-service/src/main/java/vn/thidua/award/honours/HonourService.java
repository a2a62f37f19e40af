package vn.thidua.award.honours;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.people.Person;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;
import vn.thidua.replicas.unit.UnitReplica;

/** The honours registry (sổ vàng): search, history, statistics, exports, earlier honours recorded, revocations. */
@ApplicationScoped
public class HonourService {

    static final Set<String> SORTS = Set.of("decidedOn", "year", "recipientName", "awardTypeName");

    @Inject
    Clock clock;

    @Inject
    AwardAccess access;

    @Inject
    HonourMapper mapper;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /** The units a search by {@code unitId} covers: the unit and every unit below it. */
    public Set<UUID> unitScope(UUID unitId) {
        return unitId == null ? null : tree.subtree(unitId, false);
    }

    /**
     * The units whose full records (people, cash, internal ids) the user may read: within {@code unitId}'s subtree when
     * given, and within the user's reach (their unit and the units below it; everything for admins). Anything else
     * is read in the public registry.
     */
    public Set<UUID> readableScope(UUID unitId) {
        Set<UUID> asked = unitScope(unitId);
        Optional<Set<UUID>> reach = access.reach();
        if (reach.isEmpty()) {
            return asked;
        }
        if (asked == null) {
            return reach.get();
        }
        Set<UUID> both = new HashSet<>(asked);
        both.retainAll(reach.get());
        return both;
    }

    public <T> Page<T> search(HonourQuery query, PageRequest page, Function<Honour, T> view) {
        Parameters params = new Parameters();
        String where = query.where(params);
        return Page.of(Honour.<Honour>find(where, page.sort(SORTS, "-decidedOn"), params), page, view);
    }

    public List<Honour> all(HonourQuery query) {
        Parameters params = new Parameters();
        return Honour.list(query.where(params), Sort.descending("decidedOn").and("recipientName"), params);
    }

    public HonourDtos.HonourView get(UUID id) {
        Honour h = find(id);
        if (!access.reaches(h.unitId)) {
            throw ProblemException.forbidden(
                    "Khen thưởng thuộc đơn vị ngoài phạm vi của bạn; hãy tra cứu sổ vàng công khai");
        }
        return mapper.toView(h);
    }

    /** Enters an honour from an earlier paper decision, so later prerequisites can count it. */
    @Transactional
    public HonourDtos.HonourView record(HonourDtos.RecordInput in) {
        access.requireManages(in.unitId(), "Sổ vàng");
        UnitReplica unit = UnitReplica.findById(in.unitId());
        if (unit == null) {
            throw ProblemException.invalidField("unitId", "không có đơn vị này trong danh bạ");
        }
        AwardType type = AwardType.require(in.awardType(), "awardType");
        if (!type.accepts(in.recipientKind())) {
            throw ProblemException.invalidField("awardType", type.name + " không tặng cho loại đối tượng này");
        }
        if (Honour.count(
                        "decisionNumber = ?1 and decisionId is not null",
                        in.decisionNumber().strip())
                > 0) {
            throw ProblemException.invalidField(
                    "decisionNumber", "quyết định này được ban hành trong hệ thống; khen thưởng đã có trong sổ vàng");
        }
        Honour.Recipient recipient = switch (in.recipientKind()) {
            case INDIVIDUAL -> {
                Person person = in.personId() == null ? null : Person.findById(in.personId());
                if (person == null || !person.unitId.equals(unit.id)) {
                    throw ProblemException.invalidField("personId", "chọn một cá nhân của đơn vị");
                }
                yield new Honour.Recipient(
                        in.recipientKind(), unit.id, unit.name, person.id, person.fullName, person.position);
            }
            case HOUSEHOLD -> {
                if (in.householdName() == null || in.householdName().isBlank()) {
                    throw ProblemException.invalidField("householdName", "ghi tên chủ hộ");
                }
                yield new Honour.Recipient(
                        in.recipientKind(),
                        unit.id,
                        unit.name,
                        null,
                        in.householdName().strip(),
                        null);
            }
            case COLLECTIVE -> new Honour.Recipient(in.recipientKind(), unit.id, unit.name, null, unit.name, null);
        };
        boolean duplicate = recipient.personId() != null
                ? Honour.count(
                                "personId = ?1 and awardType = ?2 and year = ?3 and revoked = false",
                                recipient.personId(),
                                type.code,
                                in.year())
                        > 0
                : Honour.count(
                                "unitId = ?1 and personId is null and recipientName = ?2 and awardType = ?3 and year = ?4 and revoked = false",
                                recipient.unitId(),
                                recipient.name(),
                                type.code,
                                in.year())
                        > 0;
        if (duplicate) {
            throw ProblemException.invalidField(
                    "year", recipient.name() + " đã có " + type.name + " năm " + in.year() + " trong sổ vàng");
        }
        Honour h = Honour.recorded(
                type,
                recipient,
                in.year(),
                in.decisionNumber(),
                in.decidedOn(),
                in.authority(),
                in.citation(),
                user.username(),
                OffsetDateTime.now(clock));
        h.persist();
        Honour.flush();
        HonourDtos.HonourView view = mapper.toView(h);
        audit.record("award.honour.record", "honour", h.id, null, view);
        return view;
    }

    /** Thu hồi (Luật Art. 93) by the authority's revoking decision: the registry keeps the line, marked revoked. */
    @Transactional
    public HonourDtos.HonourView revoke(UUID id, HonourDtos.RevokeInput in) {
        Honour h = find(id);
        access.requireManages(h.unitId, "Khen thưởng");
        if (in.version() != h.version) {
            throw ProblemException.conflict(
                    "Khen thưởng đã được người khác cập nhật (phiên bản " + h.version + "); hãy tải lại");
        }
        HonourDtos.HonourView before = mapper.toView(h);
        h.revoke(
                in.revokingDecisionNumber().strip(), in.revokedOn(), in.reason().strip(), user.username());
        if (h.nominationId != null) {
            Nomination n = Nomination.findById(h.nominationId);
            n.revoke("Thu hồi theo quyết định " + h.revokingDecisionNumber + ": " + h.revokedReason);
        }
        Honour.flush();
        HonourDtos.HonourView after = mapper.toView(h);
        audit.record("award.honour.revoke", "honour", h.id, before, after);
        outbox.publish(
                AwardEvents.TOPIC,
                AwardEvents.REVOKED,
                h.id,
                new AwardEvents.HonourRevoked(h.id, h.revokingDecisionNumber, h.revokedReason));
        return after;
    }

    public HonourDtos.Statistics statistics(Integer year, UUID unitId) {
        List<Honour> honours = all(new HonourQuery(unitScope(unitId), null, null, null, null, null, false));
        List<Honour> inYear = year == null
                ? honours
                : honours.stream().filter(h -> h.year == year).toList();
        Map<String, String> typeNames =
                AwardType.<AwardType>listAll().stream().collect(Collectors.toMap(t -> t.code, t -> t.name));
        return new HonourDtos.Statistics(
                year,
                inYear.size(),
                counts(honours, h -> String.valueOf(h.year), Function.identity(), Comparator.naturalOrder()),
                counts(inYear, h -> h.level.name(), HonourService::levelName, Comparator.naturalOrder()),
                counts(inYear, h -> h.awardType, c -> typeNames.getOrDefault(c, c), null),
                counts(inYear, h -> h.recipientKind.name(), HonourService::kindName, Comparator.naturalOrder()));
    }

    /** Excel of the registry as searched, for the secretariat's reports. */
    public byte[] spreadsheet(HonourQuery query) {
        List<List<Object>> rows = new ArrayList<>();
        int i = 1;
        for (Honour h : all(query)) {
            rows.add(List.of(
                    i++,
                    h.recipientName,
                    h.recipientPosition == null ? "" : h.recipientPosition,
                    h.unitName,
                    h.awardTypeName,
                    h.year,
                    h.decisionNumber,
                    h.decidedOn,
                    h.authority,
                    h.cashAmount,
                    h.revoked ? "Đã thu hồi (" + h.revokingDecisionNumber + ")" : ""));
        }
        return Spreadsheets.table(
                "Sổ vàng",
                "SỔ VÀNG KHEN THƯỞNG",
                List.of(
                        "STT",
                        "Tập thể, cá nhân",
                        "Chức vụ",
                        "Đơn vị",
                        "Hình thức",
                        "Năm",
                        "Số quyết định",
                        "Ngày quyết định",
                        "Cấp quyết định",
                        "Tiền thưởng (đồng)",
                        "Ghi chú"),
                rows);
    }

    /**
     * Open data: the public registry lines as CSV, UTF-8 with a BOM so that spreadsheet programs read the diacritics,
     * dates in ISO 8601, and every text cell that a spreadsheet would take for a formula neutralised ({@link OpenDataCells}).
     */
    public String csv(HonourQuery query) {
        CsvMapper csv = CsvMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        CsvSchema schema = csv.schemaFor(HonourDtos.PublicHonour.class).withHeader();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (SequenceWriter writer = csv.writer(schema).writeValues(out)) {
            for (Honour h : all(query)) {
                writer.write(OpenDataCells.neutralised(mapper.toPublic(h)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<HonourDtos.Count> counts(
            List<Honour> honours,
            Function<Honour, String> key,
            Function<String, String> label,
            Comparator<String> order) {
        Map<String, Long> counted = honours.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        Comparator<Map.Entry<String, Long>> by =
                order == null ? Map.Entry.<String, Long>comparingByValue().reversed() : Map.Entry.comparingByKey(order);
        return counted.entrySet().stream()
                .sorted(by)
                .map(e -> new HonourDtos.Count(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    static String levelName(String level) {
        return switch (level) {
            case "GRASSROOTS" -> "Cấp cơ sở";
            case "PROVINCE" -> "Cấp tỉnh";
            default -> "Cấp nhà nước";
        };
    }

    static String kindName(String kind) {
        return switch (RecipientKind.valueOf(kind)) {
            case COLLECTIVE -> "Tập thể";
            case INDIVIDUAL -> "Cá nhân";
            case HOUSEHOLD -> "Hộ gia đình";
        };
    }

    private static Honour find(UUID id) {
        Honour h = Honour.findById(id);
        if (h == null) {
            throw ProblemException.notFound("khen thưởng", id);
        }
        return h;
    }
}
