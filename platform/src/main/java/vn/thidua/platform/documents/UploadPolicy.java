package vn.thidua.platform.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import vn.thidua.platform.problem.ProblemException;

/**
 * Which uploaded files are kept (meeting attachments, report evidence): PDF, images and office
 * documents up to {@link #MAX_BYTES}. The file's first bytes must match its extension, so a renamed
 * executable is refused.
 */
public final class UploadPolicy {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private record Kind(String contentType, byte[] magic) {}

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "png", new Kind("image/png", PNG),
            "jpg", new Kind("image/jpeg", JPEG),
            "jpeg", new Kind("image/jpeg", JPEG),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
            "doc", new Kind("application/msword", OLE),
            "xls", new Kind("application/vnd.ms-excel", OLE));

    private UploadPolicy() {}

    /** The content type the file is stored and served with, or a problem naming the field {@code file}. */
    public static String check(String filename, byte[] content) {
        if (content.length == 0) {
            throw ProblemException.invalidField("file", "tệp rỗng");
        }
        if (content.length > MAX_BYTES) {
            throw ProblemException.invalidField("file", "tệp lớn hơn " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        int dot = filename.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw ProblemException.invalidField(
                    "file", "chỉ nhận tệp PDF, ảnh (JPG, PNG) và văn bản Word, Excel, PowerPoint");
        }
        if (content.length < kind.magic().length
                || !Arrays.equals(Arrays.copyOf(content, kind.magic().length), kind.magic())) {
            throw ProblemException.invalidField(
                    "file", "nội dung tệp không đúng định dạng " + filename.substring(dot + 1));
        }
        return kind.contentType();
    }

    /** The file's own name, without any path, control characters or quotes, at most 255 characters. */
    public static String fileName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            throw ProblemException.invalidField("file", "tệp không có tên");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
