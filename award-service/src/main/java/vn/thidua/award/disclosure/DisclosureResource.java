package vn.thidua.award.disclosure;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.web.Created;

@Path("/api/v1/notices")
@Authenticated
@Tag(name = "Công khai và kiến nghị")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {

    @Inject
    DisclosureService service;

    @GET
    @Path("/public")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Danh sách đang công khai (không cần đăng nhập)")
    public List<DisclosureDtos.PublicNotice> published() {
        return service.published();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Các thông báo công khai trong phạm vi quản lý")
    public List<DisclosureDtos.NoticeView> notices() {
        return service.notices();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Một thông báo công khai với trạng thái từng đề nghị")
    public DisclosureDtos.NoticeView notice(@PathParam("id") UUID id) {
        return service.notice(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = DisclosureDtos.NoticeView.class, responseCode = "201")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Công khai danh sách đề nghị khen thưởng (thời gian tính theo ngày làm việc)")
    public DisclosureDtos.NoticeView publish(@Valid @NotNull DisclosureDtos.NoticeInput in) {
        return service.publish(in);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/nominations/{nominationId}/objections")
    @ResponseStatus(201)
    @APIResponseSchema(value = DisclosureDtos.ObjectionReceipt.class, responseCode = "201")
    @Operation(summary = "Gửi kiến nghị về một đề nghị đang công khai (tạm dừng đề nghị đến khi giải quyết)")
    public RestResponse<DisclosureDtos.ObjectionReceipt> object(
            @PathParam("nominationId") UUID nominationId, @Valid @NotNull DisclosureDtos.ObjectionInput in) {
        DisclosureDtos.ObjectionReceipt receipt = service.object(nominationId, in);
        return Created.at("/api/v1/notices/objections/" + receipt.id(), receipt);
    }

    @GET
    @Path("/{id}/objections")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Kiến nghị về danh sách công khai")
    public List<DisclosureDtos.ObjectionView> objections(@PathParam("id") UUID id) {
        return service.objections(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/objections/{objectionId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Giải quyết kiến nghị: đúng (loại đề nghị) hoặc không có cơ sở (đề nghị trở lại danh sách)")
    public DisclosureDtos.ObjectionView resolve(
            @PathParam("objectionId") UUID objectionId, @Valid @NotNull DisclosureDtos.ResolutionInput in) {
        return service.resolve(objectionId, in);
    }
}
