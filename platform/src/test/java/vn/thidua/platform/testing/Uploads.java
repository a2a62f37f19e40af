package vn.thidua.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A multipart body as a browser sends it (field {@code file}, the file name raw in UTF-8). */
public final class Uploads {

    public static final String BOUNDARY = "----thidua-test-boundary";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Uploads() {}

    public static byte[] file(String filename, String type, byte[] content) throws IOException {
        return form(Map.of(), filename, type, content);
    }

    /** The file with other form fields before it (e.g. the kind of a dossier document). */
    public static byte[] form(Map<String, String> fields, String filename, String type, byte[] content)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
