package vn.thidua.platform.problem;

/** The kinds of problem every service reports, with their HTTP status and Vietnamese title. */
public enum ProblemType {
    VALIDATION(400, "Dữ liệu không hợp lệ"),
    UNAUTHORIZED(401, "Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn"),
    FORBIDDEN(403, "Không có quyền thực hiện thao tác này"),
    NOT_FOUND(404, "Không tìm thấy"),
    METHOD_NOT_ALLOWED(405, "Phương thức không được hỗ trợ"),
    NOT_ACCEPTABLE(406, "Định dạng phản hồi không được hỗ trợ"),
    CONFLICT(409, "Xung đột dữ liệu"),
    PRECONDITION_FAILED(412, "Dữ liệu đã bị thay đổi bởi người khác"),
    PAYLOAD_TOO_LARGE(413, "Dữ liệu gửi lên quá lớn"),
    UNSUPPORTED_MEDIA_TYPE(415, "Định dạng dữ liệu không được hỗ trợ"),
    BUSINESS_RULE(422, "Vi phạm quy định nghiệp vụ"),
    BAD_GATEWAY(502, "Dịch vụ phía sau không phản hồi đúng"),
    SERVICE_UNAVAILABLE(503, "Dịch vụ tạm thời không sẵn sàng"),
    GATEWAY_TIMEOUT(504, "Dịch vụ phía sau không phản hồi kịp"),
    INTERNAL(500, "Lỗi hệ thống");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:thidua:problem:" + name().toLowerCase().replace('_', '-');
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
