package vn.thidua.award.council;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;

/** Hội đồng Thi đua – Khen thưởng of an organizing unit: named members who vote by secret ballot. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organizing_unit_id", nullable = false)
    public UUID organizingUnitId;

    @Column(nullable = false)
    public String name;

    /** The decision that set the council up, e.g. "Quyết định số 45/QĐ-UBND". */
    @Column(name = "established_by")
    public String establishedBy;

    @Column(name = "term_from", nullable = false)
    public LocalDate termFrom;

    @Column(name = "term_to")
    public LocalDate termTo;

    @OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CouncilMember> members = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public record Seat(
            String username, String fullName, String title, CouncilRole role, LocalDate from, LocalDate to) {}

    public static Council establish(
            UUID organizingUnitId,
            String name,
            String establishedBy,
            LocalDate termFrom,
            LocalDate termTo,
            String by,
            OffsetDateTime now) {
        Council c = new Council();
        c.id = UUID.randomUUID();
        c.organizingUnitId = organizingUnitId;
        c.createdBy = by;
        c.createdAt = now;
        c.describe(name, establishedBy, termFrom, termTo);
        return c;
    }

    public void describe(String name, String establishedBy, LocalDate termFrom, LocalDate termTo) {
        if (termTo != null && termTo.isBefore(termFrom)) {
            throw ProblemException.invalidField("termTo", "nhiệm kỳ kết thúc phải sau ngày bắt đầu " + termFrom);
        }
        this.name = name.strip();
        this.establishedBy = blankToNull(establishedBy);
        this.termFrom = termFrom;
        this.termTo = termTo;
    }

    /**
     * Sets the members. A council has one chair and one secretary sitting at any time, and each account once;
     * a member sits within the council's term.
     */
    public void seat(List<Seat> seats) {
        Set<String> accounts = new HashSet<>();
        for (int i = 0; i < seats.size(); i++) {
            Seat s = seats.get(i);
            String field = "members[" + i + "]";
            if (!accounts.add(s.username().strip().toLowerCase(Locale.ROOT))) {
                throw ProblemException.invalidField(
                        field + ".username", "tài khoản " + s.username() + " đã có trong hội đồng");
            }
            LocalDate from = s.from() == null ? termFrom : s.from();
            if (from.isBefore(termFrom)
                    || (termTo != null && (from.isAfter(termTo) || (s.to() != null && s.to().isAfter(termTo))))) {
                throw ProblemException.invalidField(
                        field + ".from", "thời gian tham gia phải trong nhiệm kỳ của hội đồng");
            }
            if (s.to() != null && s.to().isBefore(from)) {
                throw ProblemException.invalidField(field + ".to", "ngày thôi tham gia phải sau ngày bắt đầu");
            }
        }
        requireOne(seats, CouncilRole.CHAIR, "Chủ tịch Hội đồng");
        requireOne(seats, CouncilRole.SECRETARY, "Thư ký Hội đồng");
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < seats.size(); i++) {
            Seat s = seats.get(i);
            CouncilMember m = members.stream()
                    .filter(x -> x.username.equalsIgnoreCase(s.username().strip()))
                    .findFirst()
                    .orElse(null);
            if (m == null) {
                m = new CouncilMember();
                m.id = UUID.randomUUID();
                m.council = this;
                members.add(m);
            }
            m.position = i + 1;
            m.username = s.username().strip();
            m.fullName = s.fullName().strip();
            m.title = blankToNull(s.title());
            m.role = s.role();
            m.from = s.from() == null ? termFrom : s.from();
            m.to = s.to();
            kept.add(m.username.toLowerCase(Locale.ROOT));
        }
        members.removeIf(m -> !kept.contains(m.username.toLowerCase(Locale.ROOT)));
        members.sort(java.util.Comparator.comparingInt(m -> m.position));
    }

    private static void requireOne(List<Seat> seats, CouncilRole role, String label) {
        long count = seats.stream().filter(s -> s.role() == role).count();
        if (count != 1) {
            throw ProblemException.invalidField(
                    "members", "hội đồng cần đúng một " + label + " (đang có " + count + ")");
        }
    }

    public boolean inTermOn(LocalDate day) {
        return !day.isBefore(termFrom) && (termTo == null || !day.isAfter(termTo));
    }

    public List<CouncilMember> sittingOn(LocalDate day) {
        return members.stream().filter(m -> m.sitsOn(day)).toList();
    }

    public Optional<CouncilMember> member(String username, LocalDate day) {
        return sittingOn(day).stream()
                .filter(m -> m.username.equalsIgnoreCase(username))
                .findFirst();
    }

    public boolean holds(String username, CouncilRole role, LocalDate day) {
        return member(username, day).filter(m -> m.role == role).isPresent();
    }
}
