package vn.thidua.platform.paging;

import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.thidua.platform.problem.ProblemException;

/** The one paging request: {@code ?page=0&size=20&sort=name,-createdAt}. Use as a {@code @BeanParam}. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0) @Parameter(description = "page number, from 0")
    public Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1) @Max(200) @Parameter(description = "page size, 1 to 200")
    public Integer size;

    @QueryParam("sort")
    @Parameter(description = "comma-separated fields; a leading '-' sorts descending", example = "name,-updatedAt")
    public String sort;

    public static PageRequest of(int page, int size, String sort) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.sort = sort;
        return request;
    }

    /** The requested order, restricted to {@code allowed} fields; {@code fallback} when none asked. */
    public Sort sort(Set<String> allowed, String fallback) {
        String spec = sort == null || sort.isBlank() ? fallback : sort;
        Sort result = null;
        for (String part : spec.split(",")) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            field = descending ? field.substring(1) : field;
            if (!allowed.contains(field)) {
                throw ProblemException.invalidField(
                        "sort", "không sắp xếp được theo '" + field + "'; cho phép: " + String.join(", ", allowed));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(field, direction) : result.and(field, direction);
        }
        return result;
    }
}
