package vn.thidua.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.problem.ProblemException;

/**
 * One-sheet Excel workbooks: exports (a title row, a bold header row, then the data) and imports (the rows under
 * a header row, as the cells read in Vietnamese).
 */
public final class Spreadsheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Spreadsheets() {}

    /** Cells are written as numbers when they are {@link Number}s, dates as 15/01/2026, as text otherwise. */
    public static byte[] table(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day.format(DAY));
                    } else {
                        row.createCell(c).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            sheet.createFreezePane(0, 3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of an imported sheet: its number as Excel shows it, and its first cells as text (blank as ""). */
    public record SheetRow(int line, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * The rows under the header row of the first sheet, the header being the first row (of the first ten) whose
     * first cell reads {@code headers.get(0)}; rows with an empty first cell are left out. An unreadable file or a
     * missing header is a field error of {@code file} naming {@code what} the file should be.
     */
    public static List<SheetRow> read(byte[] xlsx, List<String> headers, String what) {
        DataFormatter format = new DataFormatter(Locale.forLanguageTag("vi"));
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int header = -1;
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 10) && header < 0; r++) {
                if (headers.get(0).equalsIgnoreCase(text(sheet.getRow(r), 0, format))) {
                    header = r;
                }
            }
            if (header < 0) {
                throw ProblemException.invalidField("file", "không thấy hàng tiêu đề " + headers);
            }
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (text(row, 0, format).isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.add(text(row, c, format));
                }
                rows.add(new SheetRow(r + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalidField("file", "không đọc được tệp Excel (.xlsx) " + what);
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("file", "tệp không có dòng nào dưới hàng tiêu đề " + headers);
        }
        return rows;
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
