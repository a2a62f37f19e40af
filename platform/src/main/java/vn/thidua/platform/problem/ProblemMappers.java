package vn.thidua.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.thidua.platform.json.JsonPaths;
import vn.thidua.platform.json.RejectedValueException;
import vn.thidua.platform.web.TypedParameters;

/** Maps every exception that leaves a resource to problem+json; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(e.type(), e.getMessage(), e.errors(), request);
    }

    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return violations(e, request);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problems.response(ProblemType.VALIDATION, detail, errors, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        Response duplicate = duplicateKey(e, request);
        if (duplicate != null) {
            return duplicate;
        }
        String where = e.getLocation() == null
                ? ""
                : " (dòng " + e.getLocation().getLineNr() + ", cột "
                        + e.getLocation().getColumnNr() + ")";
        return Problems.response(
                ProblemType.VALIDATION, "Nội dung gửi lên không phải JSON hợp lệ" + where, List.of(), request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return Problems.unauthorized(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return Problems.unauthorized(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(
                ProblemType.FORBIDDEN, "Tài khoản của bạn không có quyền thực hiện thao tác này", List.of(), request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(TypedParameters.InvalidParameterException e, HttpServerRequest request) {
        return problem(ProblemException.invalidField(e.parameter(), e.getMessage()), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return Problems.unauthorized(request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "Không có tài nguyên tại địa chỉ " + request.path();
            case METHOD_NOT_ALLOWED -> "Địa chỉ " + request.path() + " không hỗ trợ phương thức " + request.method();
            default -> type.title();
        };
        return Problems.response(type, status, detail, List.of(), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Problems.response(
                        ProblemType.CONFLICT,
                        "Dữ liệu đã được người khác cập nhật; hãy tải lại rồi thử lại",
                        List.of(),
                        request);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return Problems.response(
                        ProblemType.CONFLICT, "Thao tác trùng lặp hoặc vi phạm ràng buộc dữ liệu", List.of(), request);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, request);
            }
            if (databaseUnreachable(cause)) {
                LOG.warnf(
                        "The database is unreachable on %s %s: %s",
                        request.method(), request.path(), cause.getMessage());
                return Response.fromResponse(Problems.response(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít giây",
                                List.of(),
                                request))
                        .header("Retry-After", "5")
                        .build();
            }
            if (cause instanceof java.io.IOException && fromMultipartParser(cause)) {
                return Problems.response(
                        ProblemType.VALIDATION,
                        "Biểu mẫu tải lên (multipart/form-data) bị cắt ngang hoặc sai định dạng",
                        List.of(),
                        request);
            }
        }
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return Problems.response(
                ProblemType.INTERNAL,
                "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại hoặc báo mã yêu cầu cho quản trị viên",
                List.of(),
                request);
    }

    /**
     * The database is down or restarting (SQLSTATE class 08: connection exception; 57P01-57P03: shut down or
     * starting): a moment's outage, answered 503 so that the caller tries again, not as a fault of the service.
     */
    static boolean databaseUnreachable(Throwable e) {
        if (e instanceof org.hibernate.exception.JDBCConnectionException
                || e instanceof java.sql.SQLTransientConnectionException) {
            return true;
        }
        String state = e instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /** RESTEasy Reactive's form parser reports a cut-off or empty form as an I/O error. */
    private static boolean fromMultipartParser(Throwable e) {
        StackTraceElement[] stack = e.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().contains(".multipart.");
    }

    /** A key given twice (Jackson's strict duplicate detection), named by its place in the body. */
    private Response duplicateKey(Throwable e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse
                    && parse.getProcessor() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field")) {
                return problem(
                        ProblemException.invalidField(
                                JsonPaths.of(parse.getProcessor().getParsingContext()),
                                "khai báo hai lần trong cùng một đối tượng"),
                        request);
            }
        }
        return null;
    }

    private Response jsonProblem(JsonProcessingException e, HttpServerRequest request) {
        Response duplicate = duplicateKey(e, request);
        if (duplicate != null) {
            return duplicate;
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String message = e instanceof RejectedValueException rejected
                    ? rejected.reason()
                    : "giá trị không đúng kiểu hoặc định dạng";
            return problem(ProblemException.invalidField(JsonPaths.of(mapping.getPath()), message), request);
        }
        return Problems.response(ProblemType.VALIDATION, "Nội dung gửi lên không đọc được", List.of(), request);
    }

    /**
     * The violated field as a client names it: {@code clauses[0].maxPoints}, {@code unitIds[2]}. A node
     * inside a list carries the index of its element, which belongs to the node before it.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> nodes = new java.util.ArrayList<>();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && !nodes.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + position + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                nodes.add(name);
            }
        }
        return switch (violation.getPropertyPath().iterator().next().getKind()) {
            case METHOD, CONSTRUCTOR ->
                nodes.size() > 2 ? String.join(".", nodes.subList(2, nodes.size())) : nodes.get(nodes.size() - 1);
            default -> String.join(".", nodes);
        };
    }
}
