package vn.thidua.platform.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;

/**
 * An operation that takes no body refuses one (413), rather than reading and ignoring megabytes: a client sending a
 * body there has the wrong address or the wrong idea.
 */
public class BodylessRequests {

    /** Parameters read from the address, the headers or the context; a form field or an unannotated parameter is the body. */
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            BeanParam.class,
            Context.class,
            RestPath.class,
            RestQuery.class,
            RestHeader.class,
            RestCookie.class,
            RestMatrix.class);

    @ServerRequestFilter
    public void refuseUnexpectedBody(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || takesBody(method)) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeaderString("Transfer-Encoding"));
        if (chunked || (length != null && !length.isBlank() && !"0".equals(length.strip()))) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "Thao tác này không nhận nội dung gửi kèm; hãy gửi yêu cầu không có nội dung");
        }
    }

    private static boolean takesBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean described = false;
            for (Annotation a : annotations) {
                described |= NOT_THE_BODY.contains(a.annotationType());
            }
            if (!described) {
                return true;
            }
        }
        return false;
    }
}
