package vn.thidua.gateway.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * problem+json written by the gateway itself, in the same shape and with the same type URIs as the
 * services' platform library (which the gateway does not embed: it has no database or Kafka).
 */
public final class GatewayProblems {

    private GatewayProblems() {}

    public static void send(RoutingContext rc, int status, String type, String title, String detail) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        JsonObject problem = body(rc, status, type, title, detail);
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json");
        if (status == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"thidua\"");
        }
        rc.response().end(problem.encode());
    }

    public static JsonObject body(RoutingContext rc, int status, String type, String title, String detail) {
        return new JsonObject()
                .put("type", "urn:thidua:problem:" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", rc.request().path())
                .put("requestId", RequestIdHandler.of(rc));
    }

    public static void unauthorized(RoutingContext rc) {
        send(
                rc,
                401,
                "unauthorized",
                "Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn",
                "Cần đăng nhập (Bearer token hợp lệ) để truy cập");
    }

    public static void notFound(RoutingContext rc) {
        send(
                rc,
                404,
                "not-found",
                "Không tìm thấy",
                "Không có tài nguyên tại địa chỉ " + rc.request().path());
    }
}
