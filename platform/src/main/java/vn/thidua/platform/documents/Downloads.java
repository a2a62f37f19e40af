package vn.thidua.platform.documents;

import org.jboss.resteasy.reactive.RestResponse;

/** A generated file answered as a download. */
public final class Downloads {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = Spreadsheets.MEDIA_TYPE;

    private Downloads() {
    }

    /** {@code filename} is plain ASCII (ours), so no RFC 5987 encoding is needed. */
    public static RestResponse<byte[]> attachment(byte[] content, String mediaType, String filename) {
        return RestResponse.ResponseBuilder.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
