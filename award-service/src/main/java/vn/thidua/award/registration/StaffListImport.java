package vn.thidua.award.registration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.thidua.award.people.Person;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;

/**
 * Reads a unit's staff list from Excel (Họ và tên | Giới tính | Năm sinh | Chức vụ | Danh hiệu đăng ký);
 * every bad cell is reported at once, by row and column, before anything is written.
 */
final class StaffListImport {

    static final List<String> HEADERS = List.of("Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Danh hiệu đăng ký");

    record StaffRow(
            int row, String fullName, Person.Gender gender, Integer birthYear, String position, List<String> titles) {}

    private StaffListImport() {}

    static List<StaffRow> read(byte[] xlsx) {
        List<StaffRow> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Spreadsheets.SheetRow row : Spreadsheets.read(xlsx, HEADERS, "danh sách cán bộ")) {
            int line = row.line();
            Person.Gender gender = switch (row.cell(1).toLowerCase(Locale.ROOT)) {
                case "nam" -> Person.Gender.MALE;
                case "nữ", "nu" -> Person.Gender.FEMALE;
                default -> {
                    errors.add(new Problem.FieldError(
                            "file.row" + line + ".gender", "dòng " + line + ": giới tính ghi \"Nam\" hoặc \"Nữ\""));
                    yield null;
                }
            };
            Integer birthYear = null;
            String year = row.cell(2);
            if (!year.isEmpty()) {
                try {
                    birthYear = Integer.valueOf(year);
                    if (birthYear < 1930 || birthYear > 2015) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError(
                            "file.row" + line + ".birthYear", "dòng " + line + ": năm sinh không hợp lệ"));
                }
            }
            List<String> titles = Arrays.stream(row.cell(4).split("[;\\n]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            rows.add(new StaffRow(line, row.cell(0), gender, birthYear, row.cell(3), titles));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION, "Danh sách có " + errors.size() + " ô không hợp lệ; chưa ghi gì", errors);
        }
        return rows;
    }
}
