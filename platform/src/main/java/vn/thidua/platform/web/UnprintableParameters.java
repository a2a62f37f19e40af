package vn.thidua.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.thidua.platform.json.StrictJson;
import vn.thidua.platform.problem.ProblemException;

/**
 * The address obeys the rule a body's text does: no NUL or other control character in the path or a query parameter
 * (%00 would reach PostgreSQL, which refuses it).
 */
public class UnprintableParameters {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (StrictJson.refusal(path) != null) {
            throw ProblemException.invalidField("path", StrictJson.refusal(path));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String refusal = StrictJson.refusal(parameter.getKey());
            for (String value : parameter.getValue()) {
                refusal = refusal != null ? refusal : StrictJson.refusal(value);
            }
            if (refusal != null) {
                throw ProblemException.invalidField(parameter.getKey().replaceAll("\\p{Cntrl}", "?"), refusal);
            }
        }
    }
}
