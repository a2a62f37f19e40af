package vn.thidua.platform.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every POST that creates answers 201 with a Location: the new resource under the collection posted to (the
 * collection's path followed by the created body's {@code id}), or the collection itself when what was created has no
 * address of its own (a ballot, a batch). A resource whose new thing lives elsewhere sets its own Location. The path
 * is relative, so it holds through the gateway.
 */
public class CreatedLocations {

    @ServerResponseFilter
    public void locate(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 201
                || !HttpMethod.POST.equals(request.getMethod())
                || response.getHeaders().containsKey(HttpHeaders.LOCATION)) {
            return;
        }
        String collection = request.getUriInfo().getPath().replaceAll("/+$", "");
        UUID id = idOf(response.getEntity());
        response.getHeaders().putSingle(HttpHeaders.LOCATION, id == null ? collection : collection + "/" + id);
    }

    private static UUID idOf(Object entity) {
        if (entity == null || !entity.getClass().isRecord()) {
            return null;
        }
        try {
            Method id = entity.getClass().getMethod("id");
            return id.invoke(entity) instanceof UUID uuid ? uuid : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
