package vn.thidua.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.http.impl.HttpServerRequestWrapper;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.thidua.gateway.web.Callers;
import vn.thidua.gateway.web.GatewayProblems;
import vn.thidua.gateway.web.RequestIdHandler;

/**
 * Routes /api/v1/... to an instance of the owning service with Vert.x's reverse proxy: requires a valid bearer
 * token (except public pages), forwards it with the request id, bounds the wait, tries another instance when one
 * is gone, and answers problem+json when the service is down or too slow.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** served by the gateway itself */
    private static final Set<String> LOCAL = Set.of("/api/v1/tasks", "/api/v1/openapi.json");

    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);
    /** readable without signing in: the honours registry and public disclosure notices */
    private static final Set<String> PUBLIC_READS = Set.of("/api/v1/honours", "/api/v1/notices");

    /**
     * Public so that anyone can check them: a counted session's result with every receipt (to recount), and a
     * covenant's signatures with the text each signed (to verify its SHA-256); and the award names the public
     * registry filters by.
     */
    private static final Pattern PUBLIC_RECORDS = Pattern.compile(
            "/api/v1/voting-sessions/[0-9a-fA-F-]{36}/result|/api/v1/blocs/[0-9a-fA-F-]{36}/covenants/\\d{4}/signatures"
                    + "|/api/v1/award-types/public");

    @Inject
    Backends backends;

    @Inject
    Upstreams upstreams;

    @Inject
    Vertx vertx;

    private HttpClient client;

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2000)
                .setKeepAlive(true)
                .setMaxPoolSize(50));
        router.route("/api/v1/*").order(0).handler(this::route);
    }

    void route(RoutingContext rc) {
        String path = rc.request().path();
        if (LOCAL.contains(path) || path.startsWith("/api/v1/swagger-ui")) {
            rc.next();
            return;
        }
        ServiceRoute route = ServiceRoute.forPath(path).orElse(null);
        if (route == null) {
            GatewayProblems.notFound(rc);
            return;
        }
        if (Callers.signedIn(rc).isEmpty() && !publicRead(rc)) {
            GatewayProblems.unauthorized(rc);
            return;
        }
        proxy(rc, route);
    }

    private void proxy(RoutingContext rc, ServiceRoute route) {
        attempt(rc, route, proxyRequest(rc, rc.body().available()), new ArrayList<>());
    }

    private ProxyRequest proxyRequest(RoutingContext rc, boolean read) {
        ProxyRequest request = ProxyRequest.reverseProxy(read ? new ReadRequest(rc.request()) : rc.request());
        if (read) {
            // a JSON body BodyLimits has already read whole (or, on a retry, the empty body of a read request)
            request.setBody(Body.body(rc.body().available() ? rc.body().buffer() : Buffer.buffer()));
        }
        request.putHeader(RequestIdHandler.HEADER, RequestIdHandler.of(rc));
        request.putHeader("X-Forwarded-Host", String.valueOf(rc.request().authority()));
        request.putHeader("X-Forwarded-Proto", rc.request().scheme());
        request.putHeader(
                "X-Forwarded-For",
                rc.request().remoteAddress() == null
                        ? ""
                        : rc.request().remoteAddress().hostAddress());
        return request;
    }

    /**
     * Sends the request to an instance not tried yet. When no connection could be made nothing was sent, so any
     * request goes on to the next instance; when the connection failed later, only a request that may be repeated
     * does, and only before any of the answer reached the caller.
     */
    private void attempt(RoutingContext rc, ServiceRoute route, ProxyRequest request, List<Upstreams.Instance> tried) {
        Upstreams.Instance target = upstreams.choose(route, tried);
        tried.add(target);
        URI base = target.base();
        int port = base.getPort() > 0 ? base.getPort() : ("https".equals(base.getScheme()) ? 443 : 80);
        request.setAuthority(HostAndPort.create(base.getHost(), port));
        RequestOptions options = new RequestOptions()
                .setHost(base.getHost())
                .setPort(port)
                .setSsl("https".equals(base.getScheme()))
                .setIdleTimeout(backends.gateway().timeout().toMillis());
        target.started();
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                target.finished();
                upstreams.unreachable(target);
                if (tried.size() < upstreams.count(route)) {
                    attempt(rc, route, request, tried);
                } else {
                    request.release();
                    failed(rc, route, connected.cause());
                }
                return;
            }
            request.send(connected.result())
                    .compose(response -> response.send())
                    .onComplete(done -> {
                        target.finished();
                        if (done.succeeded()) {
                            return;
                        }
                        if (repeatable(rc, done.cause()) && tried.size() < upstreams.count(route)) {
                            LOG.warnf(
                                    "%s %s failed at %s (%s); trying another instance",
                                    rc.request().method(),
                                    rc.request().path(),
                                    target,
                                    done.cause().getMessage());
                            attempt(rc, route, proxyRequest(rc, true), tried);
                        } else {
                            request.release();
                            failed(rc, route, done.cause());
                        }
                    });
        });
    }

    /**
     * A request that may be sent again after its connection broke: one that means the same when repeated (RFC 9110
     * §9.2.2), whose body the gateway holds or that has none, when nothing of the answer was written yet and the
     * instance did not merely take too long (it may still be doing it).
     */
    private static boolean repeatable(RoutingContext rc, Throwable error) {
        HttpServerRequest request = rc.request();
        boolean bodyless =
                request.getHeader("Content-Length") == null && request.getHeader("Transfer-Encoding") == null;
        return IDEMPOTENT.contains(request.method())
                && (rc.body().available() || bodyless)
                && !rc.response().headWritten()
                && !timedOut(error);
    }

    private static boolean timedOut(Throwable error) {
        return error instanceof TimeoutException
                || String.valueOf(error.getMessage()).contains("timeout period");
    }

    private void failed(RoutingContext rc, ServiceRoute route, Throwable error) {
        if (rc.response().ended()) {
            return;
        }
        if (timedOut(error)) {
            LOG.warnf(
                    "%s did not answer %s %s in time",
                    route.serviceName(), rc.request().method(), rc.request().path());
            GatewayProblems.send(
                    rc,
                    504,
                    "gateway-timeout",
                    "Dịch vụ phía sau không phản hồi kịp",
                    "Dịch vụ " + route.serviceName() + " không phản hồi trong "
                            + backends.gateway().timeout().toSeconds() + " giây; vui lòng thử lại");
        } else if (error instanceof ConnectException
                || String.valueOf(error.getMessage()).contains("Connection refused")) {
            GatewayProblems.send(
                    rc,
                    503,
                    "service-unavailable",
                    "Dịch vụ tạm thời không sẵn sàng",
                    "Dịch vụ " + route.serviceName() + " đang tạm dừng; vui lòng thử lại sau ít phút");
        } else {
            LOG.warnf(
                    error,
                    "Proxying %s %s to %s failed",
                    rc.request().method(),
                    rc.request().path(),
                    route.serviceName());
            GatewayProblems.send(
                    rc,
                    502,
                    "bad-gateway",
                    "Dịch vụ phía sau không phản hồi đúng",
                    "Không nhận được phản hồi hợp lệ từ dịch vụ " + route.serviceName());
        }
    }

    private static boolean publicRead(RoutingContext rc) {
        String path = rc.request().path();
        return (rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD)
                && (PUBLIC_READS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                        || PUBLIC_RECORDS.matcher(path).matches());
    }

    /**
     * A request whose body is already read: the proxy's pause and resume have nothing left to hold back, and an
     * HTTP/2 stream refuses them once it has ended.
     */
    private static final class ReadRequest extends HttpServerRequestWrapper {
        ReadRequest(HttpServerRequest request) {
            super((HttpServerRequestInternal) request);
        }

        @Override
        public HttpServerRequest pause() {
            return this;
        }

        @Override
        public HttpServerRequest resume() {
            return this;
        }

        @Override
        public HttpServerRequest fetch(long amount) {
            return this;
        }
    }
}
