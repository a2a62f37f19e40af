package vn.thidua.platform.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;

/** A generated file answered as a download. */
public final class Downloads {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = Spreadsheets.MEDIA_TYPE;

    private Downloads() {}

    /** The file name is sent in UTF-8 (RFC 6266 / 5987), so Vietnamese names arrive as they were. */
    public static RestResponse<byte[]> attachment(byte[] content, String mediaType, String filename) {
        return RestResponse.ResponseBuilder.ok(content, mediaType)
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(filename, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    public static RestResponse<byte[]> attachment(StoredFile.Content file) {
        return attachment(file.bytes(), file.contentType(), file.filename());
    }
}
