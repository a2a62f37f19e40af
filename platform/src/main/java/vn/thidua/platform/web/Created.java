package vn.thidua.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/** 201 for what a POST created where it is not under the collection posted to ({@link CreatedLocations} does the rest). */
public final class Created {

    private Created() {}

    /**
     * {@code location}: the new thing's path, relative ("/api/v1/models/…"), so that it holds through the gateway (a URI
     * given to {@code RestResponse.created} would be made absolute with this service's own address).
     */
    public static <T> RestResponse<T> at(String location, T body) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, location)
                .entity(body)
                .build();
    }
}
