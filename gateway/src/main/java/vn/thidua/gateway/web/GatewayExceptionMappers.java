package vn.thidua.gateway.web;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's own endpoints answer errors in the services' problem+json shape. */
public class GatewayExceptionMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, RoutingContext rc) {
        return Response.status(401)
                .type("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"thidua\"")
                .entity(GatewayProblems.body(
                                rc,
                                401,
                                "unauthorized",
                                "Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn",
                                "Cần đăng nhập (Bearer token hợp lệ) để truy cập")
                        .encode())
                .build();
    }

    @ServerExceptionMapper
    public Response invalid(ResteasyReactiveViolationException e, RoutingContext rc) {
        JsonArray errors = new JsonArray();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            errors.add(new JsonObject()
                    .put("field", path.substring(path.lastIndexOf('.') + 1))
                    .put("message", v.getMessage()));
        });
        return Response.status(400)
                .type("application/problem+json")
                .entity(GatewayProblems.body(rc, 400, "validation", "Dữ liệu không hợp lệ", "Tham số không hợp lệ")
                        .put("errors", errors)
                        .encode())
                .build();
    }
}
