package vn.thidua.award.registration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thidua.award.people.Person;
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
        DataFormatter format = new DataFormatter(Locale.forLanguageTag("vi"));
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int header = findHeader(sheet, format);
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String name = text(row, 0, format);
                if (name.isEmpty()) {
                    continue;
                }
                int line = r + 1;
                Person.Gender gender = switch (text(row, 1, format).toLowerCase(Locale.ROOT)) {
                    case "nam" -> Person.Gender.MALE;
                    case "nữ", "nu" -> Person.Gender.FEMALE;
                    default -> {
                        errors.add(new Problem.FieldError(
                                "file.row" + line + ".gender", "dòng " + line + ": giới tính ghi \"Nam\" hoặc \"Nữ\""));
                        yield null;
                    }
                };
                Integer birthYear = null;
                String year = text(row, 2, format);
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
                List<String> titles = Arrays.stream(text(row, 4, format).split("[;\\n]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
                rows.add(new StaffRow(line, name, gender, birthYear, text(row, 3, format), titles));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalidField("file", "không đọc được tệp Excel (.xlsx) danh sách cán bộ");
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalidField("file", "tệp không có dòng nào dưới hàng tiêu đề " + HEADERS);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION, "Danh sách có " + errors.size() + " ô không hợp lệ; chưa ghi gì", errors);
        }
        return rows;
    }

    /** The header row is the first whose first cell reads "Họ và tên" (a title may stand above it). */
    private static int findHeader(Sheet sheet, DataFormatter format) {
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 10); r++) {
            if (HEADERS.get(0).equalsIgnoreCase(text(sheet.getRow(r), 0, format))) {
                return r;
            }
        }
        throw ProblemException.invalidField("file", "không thấy hàng tiêu đề " + HEADERS);
    }

    private static String text(Row row, int column, DataFormatter format) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return format.formatCellValue(cell).strip();
    }
}
