package vn.thidua.platform.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** 201 for what a POST created where it is not under the collection posted to ({@link CreatedLocations} does the rest). */
public final class Created {

    private Created() {
    }

    /** {@code location}: the new thing's path, relative ("/api/v1/models/…"), so that it holds through the gateway. */
    public static <T> RestResponse<T> at(String location, T body) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body).build();
    }
}
