package vn.thidua.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.problem.ProblemException;

class UploadPolicyTest {

    static String refusal(String name, byte[] content) {
        ProblemException e = assertThrows(ProblemException.class, () -> UploadPolicy.check(name, content));
        assertEquals("file", e.errors().get(0).field());
        return e.errors().get(0).message();
    }

    static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 8);
        return content;
    }

    @Test
    void aFileUpToTheLimitIsKeptWithTheTypeOfItsExtension() {
        assertEquals("application/pdf", UploadPolicy.check("Báo cáo.PDF", pdf((int) UploadPolicy.MAX_BYTES)));
        assertEquals(
                "image/jpeg", UploadPolicy.check("anh.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    }

    @Test
    void oneByteOverTheLimitIsRefused() {
        assertEquals("tệp lớn hơn 20 MB", refusal("bao-cao.pdf", pdf((int) UploadPolicy.MAX_BYTES + 1)));
    }

    @Test
    void emptyUnknownAndDisguisedFilesAreRefused() {
        assertEquals("tệp rỗng", refusal("bao-cao.pdf", new byte[0]));
        assertEquals(
                "chỉ nhận tệp PDF, ảnh (JPG, PNG) và văn bản Word, Excel, PowerPoint", refusal("setup.exe", pdf(100)));
        assertEquals(
                "chỉ nhận tệp PDF, ảnh (JPG, PNG) và văn bản Word, Excel, PowerPoint", refusal("khong-duoi", pdf(100)));
        assertEquals("nội dung tệp không đúng định dạng docx", refusal("bien-ban.docx", pdf(100)));
    }
}
