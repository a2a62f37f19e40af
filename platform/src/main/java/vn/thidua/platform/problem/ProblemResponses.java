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
 * (the services throw them from anywhere, so no resource method declares them itself).
 */
public class ProblemResponses implements OASFilter {

    static final String MEDIA_TYPE = "application/problem+json";

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
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            add(operation, ALWAYS);
            if (method != PathItem.HttpMethod.GET) {
                add(operation, ON_CHANGE);
            }
        }));
    }

    private static void add(Operation operation, Map<String, String> answers) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        answers.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")))));
            }
        });
        operation.setResponses(responses);
    }
}
