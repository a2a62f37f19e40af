package vn.thidua.bloc.account;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.bloc.unit.UnitDtos;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;

/**
 * Use cases of the accounts: create and invite, re-assign, deactivate, import from Excel. Keycloak is changed
 * first and the directory after it, in the request's transaction; a Keycloak user whose account could not be
 * written is removed again. Every change is audited.
 */
@ApplicationScoped
public class AccountService {

    private static final Set<String> SORTABLE = Set.of("username", "fullName", "createdAt", "updatedAt");

    @Inject
    Clock clock;

    @Inject
    AccountMapper mapper;

    @Inject
    AccountAccess access;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    AuditTrail audit;

    @Inject
    UnitTree tree;

    public record AccountFilter(String q, UUID unitId, AccountRole role, Boolean enabled) {}

    public Page<AccountDtos.AccountView> search(AccountFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        Optional<Set<UUID>> visible = access.visibleUnits();
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return Page.of(List.of(), page);
            }
            where.append(" and unitId in :visible");
            params.and("visible", visible.get());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(username) like :q or lower(fullName) like :q or lower(email) like :q)");
            params.and("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.unitId() != null) {
            where.append(" and unitId in :below");
            params.and("below", tree.subtree(filter.unitId()));
        }
        if (filter.role() != null) {
            where.append(" and array_contains(roles, :role)");
            params.and("role", filter.role().realmRole());
        }
        if (filter.enabled() != null) {
            where.append(" and enabled = :enabled");
            params.and("enabled", filter.enabled());
        }
        Sort sort = page.sort(SORTABLE, "fullName");
        PanacheQuery<Account> query = Account.find(where.toString(), sort, params);
        Page<Account> found = Page.of(query, page, a -> a);
        // the units of a page in one query
        Map<UUID, UnitDtos.UnitRef> units = tree.refs(found.items().stream()
                .map(a -> a.unitId)
                .filter(Objects::nonNull)
                .toList());
        return new Page<>(
                found.items().stream()
                        .map(a -> mapper.toView(a, units.get(a.unitId), access.mayManage(a)))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    public AccountDtos.AccountView get(UUID id) {
        Account account = find(id);
        if (access.visibleUnits().map(units -> !units.contains(account.unitId)).orElse(false)) {
            throw ProblemException.notFound("tài khoản", id);
        }
        return view(account);
    }

    /** The roles the caller may give, for the form. */
    public List<AccountDtos.RoleOption> roleOptions() {
        return Arrays.stream(AccountRole.values())
                .map(r -> new AccountDtos.RoleOption(r, r.label(), access.grantable(r)))
                .toList();
    }

    @Transactional
    public AccountDtos.AccountView create(AccountDtos.NewAccount request) {
        Account.Profile profile = Account.Profile.of(
                request.fullName(), request.email(), request.unitId(), request.position(), request.roles());
        return view(open(request.username().strip().toLowerCase(Locale.ROOT), profile));
    }

    @Transactional
    public AccountDtos.AccountView update(UUID id, AccountDtos.AccountUpdate request) {
        Account account = find(id);
        access.requireMayManage(account);
        if (account.version != request.version()) {
            throw ProblemException.conflict("Tài khoản " + account.username + " đã được người khác cập nhật (phiên bản "
                    + account.version + ", bạn gửi " + request.version() + "); hãy tải lại rồi sửa lại");
        }
        Account.Profile profile = Account.Profile.of(
                request.fullName(), request.email(), request.unitId(), request.position(), request.roles());
        access.requireMayAssign(profile.unitId(), profile.roles());
        requireActiveUnit(profile.unitId(), "unitId");
        AccountMapper.AccountSnapshot before = mapper.toSnapshot(account);
        keycloak.update(account.id, profile);
        account.describe(profile, now());
        return recordChange("account.update", before, account);
    }

    @Transactional
    public AccountDtos.AccountView deactivate(UUID id) {
        return setEnabled(id, false);
    }

    @Transactional
    public AccountDtos.AccountView activate(UUID id) {
        return setEnabled(id, true);
    }

    /** Sends the e-mail to set the password again (the link of the last one lasts three days). */
    @Transactional
    public AccountDtos.AccountView invite(UUID id) {
        Account account = find(id);
        access.requireMayManage(account);
        if (!account.enabled) {
            throw ProblemException.rule("Tài khoản " + account.username + " đang bị khóa; hãy mở khóa trước khi mời");
        }
        sendInvitation(account);
        return view(account);
    }

    /**
     * Creates every account of the spreadsheet, each in its own transaction, after every row has been checked
     * (cells, scope, names taken): a file with one bad row creates nothing.
     */
    public AccountDtos.ImportResult importAccounts(byte[] xlsx) {
        List<AccountImport.AccountRow> rows = AccountImport.read(xlsx, this::unitsNamed);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (AccountImport.AccountRow row : rows) {
            try {
                access.requireMayAssign(row.profile().unitId(), row.profile().roles());
            } catch (ProblemException e) {
                errors.add(AccountImport.error(row.line(), "unitId", e.getMessage()));
            }
            if (Account.count("lower(username)", row.username()) > 0) {
                errors.add(AccountImport.error(row.line(), "username", "tên đăng nhập đã có người dùng"));
            }
        }
        AccountImport.refuse(errors);
        // then Keycloak, for the names taken there by accounts the directory does not hold
        for (AccountImport.AccountRow row : rows) {
            if (keycloak.usernameTaken(row.username())) {
                errors.add(AccountImport.error(row.line(), "username", "tên đăng nhập đã có người dùng"));
            }
            if (keycloak.emailTaken(row.profile().email())) {
                errors.add(AccountImport.error(row.line(), "email", "đã có tài khoản dùng thư điện tử này"));
            }
        }
        AccountImport.refuse(errors);
        List<AccountDtos.AccountView> created = new ArrayList<>();
        for (AccountImport.AccountRow row : rows) {
            created.add(QuarkusTransaction.requiringNew().call(() -> view(open(row.username(), row.profile()))));
        }
        int failed = (int) created.stream().filter(a -> a.invitedAt() == null).count();
        return new AccountDtos.ImportResult(created, failed);
    }

    /** The spreadsheet to fill in, with one example row of the caller's own unit. */
    public byte[] importTemplate() {
        return Spreadsheets.table(
                "Tài khoản",
                "Danh sách tài khoản cần tạo (mỗi người một dòng; vai trò cách nhau bởi dấu ;)",
                AccountImport.HEADERS,
                List.of(List.of(
                        "nguyenvan.an",
                        "Nguyễn Văn An",
                        "nguyenvan.an@example.gov.vn",
                        "Sở Tư pháp tỉnh Đắk Lắk",
                        "Giám đốc Sở",
                        AccountRole.UNIT_LEADER.label())));
    }

    private Account open(String username, Account.Profile profile) {
        access.requireMayAssign(profile.unitId(), profile.roles());
        requireActiveUnit(profile.unitId(), "unitId");
        if (Account.count("lower(username)", username) > 0) {
            throw ProblemException.invalidField("username", "tên đăng nhập đã có người dùng");
        }
        UUID id = keycloak.create(username, profile);
        Account account;
        try {
            account = Account.open(id, username, profile, now());
            account.persist();
            recordChange("account.create", null, account);
        } catch (RuntimeException e) {
            keycloak.delete(id);
            throw e;
        }
        sendInvitation(account);
        return account;
    }

    private AccountDtos.AccountView setEnabled(UUID id, boolean enabled) {
        Account account = find(id);
        access.requireMayManage(account);
        if (account.enabled == enabled) {
            return view(account);
        }
        AccountMapper.AccountSnapshot before = mapper.toSnapshot(account);
        keycloak.setEnabled(id, enabled);
        if (enabled) {
            account.activate(now());
        } else {
            account.deactivate(now());
        }
        return recordChange(enabled ? "account.activate" : "account.deactivate", before, account);
    }

    /** A failed invitation does not undo the account: it is recorded and can be sent again. */
    private void sendInvitation(Account account) {
        try {
            keycloak.invite(account.id);
            account.invitationSent(now());
        } catch (ProblemException e) {
            account.invitationFailed(
                    e.type() == ProblemType.SERVICE_UNAVAILABLE
                            ? e.getMessage()
                            : "Máy chủ đăng nhập chưa gửi được thư (kiểm tra máy chủ thư SMTP của realm): "
                                    + e.getMessage());
        }
        audit.record(
                "account.invite",
                "account",
                account.id,
                null,
                Map.of("email", account.email == null ? "" : account.email, "sent", account.invitationError == null));
    }

    private AccountDtos.AccountView recordChange(String action, AccountMapper.AccountSnapshot before, Account account) {
        Account.flush(); // the snapshot must carry the version this change produces
        audit.record(action, "account", account.id, before, mapper.toSnapshot(account));
        return view(account);
    }

    private List<UUID> unitsNamed(String cell) {
        try {
            UUID id = UUID.fromString(cell.strip());
            return Unit.findById(id) == null ? List.of() : List.of(id);
        } catch (IllegalArgumentException notAnId) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            List<Unit> byName = Unit.list("active = true and lower(name) = ?1", name);
            if (byName.isEmpty()) {
                byName = Unit.list("active = true and lower(shortName) = ?1", name);
            }
            return byName.stream().map(u -> u.id).toList();
        }
    }

    private void requireActiveUnit(UUID unitId, String field) {
        Unit unit = Unit.findById(unitId);
        if (unit == null || !unit.active) {
            throw ProblemException.invalidField(field, "không có đơn vị đang hoạt động với mã " + unitId);
        }
    }

    private AccountDtos.AccountView view(Account account) {
        return mapper.toView(
                account, account.unitId == null ? null : tree.ref(account.unitId), access.mayManage(account));
    }

    private Account find(UUID id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw ProblemException.notFound("tài khoản", id);
        }
        return account;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
