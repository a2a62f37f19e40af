import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Prints a PDF's page count on the first line and its text after: the journeys open generated documents with PDFBox. */
public class PdfText {
    public static void main(String[] args) throws Exception {
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            System.out.println(doc.getNumberOfPages());
            System.out.print(new PDFTextStripper().getText(doc));
        }
    }
}
