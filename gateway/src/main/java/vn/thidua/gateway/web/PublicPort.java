package vn.thidua.gateway.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Nothing under /q on the public port, answered as our 404 problem: diagnostics live on the management
 * interface, and the only OpenAPI document published is the merged one, /api/v1/openapi.json.
 */
@ApplicationScoped
public class PublicPort {

    void register(@Observes Router router) {
        router.route("/q/*").order(-200).handler(GatewayProblems::notFound);
    }
}
