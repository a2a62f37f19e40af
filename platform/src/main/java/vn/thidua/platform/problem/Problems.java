package vn.thidua.platform.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.thidua.platform.web.RequestIds;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {}

    public static Problem of(
            ProblemType type,
            int status,
            String detail,
            List<Problem.FieldError> errors,
            String path,
            String requestId) {
        return new Problem(type.uri(), type.title(), status, detail, path, requestId, errors);
    }

    static Response response(
            ProblemType type, String detail, List<Problem.FieldError> errors, HttpServerRequest request) {
        return response(type, type.status(), detail, errors, request);
    }

    static Response response(
            ProblemType type, int status, String detail, List<Problem.FieldError> errors, HttpServerRequest request) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(of(type, status, detail, errors, request.path(), RequestIds.of(request)))
                .build();
    }

    static Response unauthorized(HttpServerRequest request) {
        return Response.fromResponse(response(
                        ProblemType.UNAUTHORIZED,
                        "Cần đăng nhập (Bearer token hợp lệ) để truy cập",
                        List.of(),
                        request))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"thidua\"")
                .build();
    }
}
