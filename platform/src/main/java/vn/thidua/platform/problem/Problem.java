package vn.thidua.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error format of every service. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "problem type URI", examples = "urn:thidua:problem:validation")
        String type,

        @Schema(description = "short Vietnamese summary") String title,
        int status,

        @Schema(description = "what went wrong, in Vietnamese")
        String detail,

        @Schema(description = "the request path") String instance,

        @Schema(description = "id of the request, for support")
        String requestId,

        @Schema(description = "invalid fields, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(
            @Schema(description = "field name, dotted for nested fields")
            String field,

            String message) {}
}
