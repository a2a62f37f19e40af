package vn.thidua.platform.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the one error format on every operation: the problem+json answers a client must expect
 * (the services throw them from anywhere, so no resource method declares them itself), every 4xx with its
 * problem+json body, and the Location of what a POST created.
 */
public class ProblemResponses implements OASFilter {

    static final String MEDIA_TYPE = "application/problem+json";

    static final String CREATED = "Đã tạo; Location là đường dẫn của tài nguyên mới";

    private static final Map<String, String> ALWAYS = Map.of(
            "400", "Dữ liệu gửi lên không hợp lệ; errors liệt kê từng trường",
            "401", "Chưa đăng nhập hoặc token không hợp lệ",
            "403", "Tài khoản không có quyền thực hiện thao tác này",
            "404", "Không tìm thấy (hoặc ngoài phạm vi được xem)");

    private static final Map<String, String> ON_CHANGE = Map.of(
            "409", "Xung đột: dữ liệu đã được người khác thay đổi, hoặc trạng thái không cho phép",
            "422", "Vi phạm quy định nghiệp vụ");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().forEach((method, operation) -> {
                    add(operation, ALWAYS);
                    if (method != PathItem.HttpMethod.GET) {
                        add(operation, ON_CHANGE);
                    }
                    problemBodies(operation);
                    if (method == PathItem.HttpMethod.POST) {
                        location(operation);
                    }
                }));
    }

    /** A 4xx or 5xx documented elsewhere (e.g. 401 and 403 from the security annotations) gets the problem body too. */
    private static void problemBodies(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5"))
                    && (response.getContent() == null || response.getContent().getMediaType(MEDIA_TYPE) == null)) {
                response.content(OASFactory.createContent()
                        .addMediaType(
                                MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
            }
        });
    }

    /**
     * 201 answers carry the new resource's address ({@link vn.thidua.platform.web.CreatedLocations}); the resources
     * name only the body's schema, the one description is given here.
     */
    private static void location(Operation operation) {
        var created = operation.getResponses().getAPIResponse("201");
        if (created != null) {
            created.description(CREATED);
        }
        if (created != null
                && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader(
                    "Location",
                    OASFactory.createHeader()
                            .description("đường dẫn của tài nguyên vừa tạo (tương đối)")
                            .schema(OASFactory.createSchema()
                                    .type(java.util.List.of(
                                            org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))
                                    .format("uri-reference")));
        }
    }

    private static void add(Operation operation, Map<String, String> answers) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        answers.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(
                        status,
                        OASFactory.createAPIResponse()
                                .description(description)
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("Problem")))));
            }
        });
        operation.setResponses(responses);
    }
}
