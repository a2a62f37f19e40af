import java.io.FileOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a one-sheet workbook as the app's Excel templates are laid out: a title row, the header row on row 3, then
 * the rows. Arguments: the file, then each row as its cells joined by '|' (the first row is the header).
 */
public class Sheet {
    public static void main(String[] args) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                FileOutputStream out = new FileOutputStream(args[0])) {
            var sheet = book.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("Danh sách");
            for (int r = 1; r < args.length; r++) {
                var row = sheet.createRow(r + 1);
                String[] cells = args[r].split("\\|", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
        }
    }
}
