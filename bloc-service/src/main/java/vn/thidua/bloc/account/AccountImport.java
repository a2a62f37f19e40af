package vn.thidua.bloc.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;

/**
 * Reads accounts to create from Excel (Tên đăng nhập | Họ và tên | Thư điện tử | Đơn vị | Chức vụ | Vai trò): the
 * unit by its name (or its code), the roles by their Vietnamese names separated by ";". Every bad cell is reported
 * at once, by row and column, before any account is created.
 */
final class AccountImport {

    static final List<String> HEADERS =
            List.of("Tên đăng nhập", "Họ và tên", "Thư điện tử", "Đơn vị", "Chức vụ", "Vai trò");

    private static final Pattern USERNAME = Pattern.compile(AccountDtos.USERNAME);
    private static final Pattern FULL_NAME = Pattern.compile(AccountDtos.FULL_NAME);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    record AccountRow(int line, String username, Account.Profile profile) {}

    private AccountImport() {}

    /** {@code units} finds the units a cell names: by code, or by full or short name, in any case. */
    static List<AccountRow> read(byte[] xlsx, Function<String, List<UUID>> units) {
        List<AccountRow> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (Spreadsheets.SheetRow row : Spreadsheets.read(xlsx, HEADERS, "danh sách tài khoản")) {
            int line = row.line();
            String username = row.cell(0).toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(username).matches()) {
                errors.add(error(line, "username", "tên đăng nhập " + AccountDtos.USERNAME_RULE));
            } else if (!usernames.add(username)) {
                errors.add(error(line, "username", "tên đăng nhập " + username + " trùng với một dòng phía trên"));
            }
            String fullName = row.cell(1);
            if (!FULL_NAME.matcher(fullName).matches() || fullName.length() > 300) {
                errors.add(error(line, "fullName", "ghi đủ họ và tên"));
            }
            String email = row.cell(2).toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches() || email.length() > 255) {
                errors.add(error(line, "email", "thư điện tử không hợp lệ"));
            } else if (!emails.add(email)) {
                errors.add(error(line, "email", "thư điện tử " + email + " trùng với một dòng phía trên"));
            }
            UUID unitId = null;
            List<UUID> found = row.cell(3).isEmpty() ? List.of() : units.apply(row.cell(3));
            if (found.size() == 1) {
                unitId = found.get(0);
            } else {
                errors.add(error(
                        line,
                        "unitId",
                        found.isEmpty()
                                ? "không có đơn vị \"" + row.cell(3) + "\" trong danh bạ"
                                : "có " + found.size() + " đơn vị tên \"" + row.cell(3) + "\"; ghi mã đơn vị"));
            }
            String position = row.cell(4);
            if (position.length() > 300) {
                errors.add(error(line, "position", "chức vụ dài quá 300 ký tự"));
            }
            Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
            for (String name : Arrays.stream(row.cell(5).split("[;\\n]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList()) {
                AccountRole.parse(name)
                        .ifPresentOrElse(
                                roles::add,
                                () -> errors.add(error(line, "roles", "không có vai trò \"" + name + "\"")));
            }
            if (row.cell(5).isBlank()) {
                errors.add(error(line, "roles", "ghi vai trò, ví dụ \"" + AccountRole.UNIT_LEADER.label() + "\""));
            }
            rows.add(new AccountRow(line, username, new Account.Profile(fullName, email, unitId, position, roles)));
        }
        refuse(errors);
        return rows;
    }

    /** A file with any bad cell creates nothing: every cell found wrong is told at once. */
    static void refuse(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "Danh sách có " + errors.size() + " ô không hợp lệ; chưa tạo tài khoản nào",
                    errors);
        }
    }

    static Problem.FieldError error(int line, String field, String message) {
        return new Problem.FieldError("file.row" + line + "." + field, "dòng " + line + ": " + message);
    }
}
