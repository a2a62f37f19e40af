package vn.thidua.bloc.membership;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/blocs/{blocId}/members")
@Tag(name = "Bloc members", description = "Thành viên khối / cụm thi đua")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {

    @Inject
    MembershipService memberships;

    @GET
    @Operation(summary = "Thành viên của khối vào một ngày")
    public List<MembershipDtos.MemberView> members(
            @PathParam("blocId") UUID blocId,
            @Parameter(description = "Ngày xem (mặc định hôm nay)") @QueryParam("on") LocalDate on) {
        return memberships.on(blocId, on);
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "Danh sách thành viên vào một ngày, định dạng Excel")
    public RestResponse<byte[]> export(@PathParam("blocId") UUID blocId, @QueryParam("on") LocalDate on) {
        return Downloads.attachment(memberships.spreadsheet(blocId, on), Downloads.XLSX, "thanh-vien-khoi.xlsx");
    }

    @GET
    @Path("/history")
    @Operation(summary = "Lịch sử thành viên của khối")
    public List<MembershipDtos.MemberView> history(@PathParam("blocId") UUID blocId) {
        return memberships.history(blocId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @ResponseStatus(201)
    @APIResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(type = SchemaType.ARRAY, implementation = MembershipDtos.MemberView.class)))
    @Operation(summary = "Kết nạp đơn vị vào khối")
    public List<MembershipDtos.MemberView> add(
            @PathParam("blocId") UUID blocId, @Valid @NotNull MembershipDtos.NewMembers request) {
        return memberships.add(blocId, request);
    }

    @POST
    @Path("/{membershipId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Đơn vị rời khối (giữ lại lịch sử)")
    public MembershipDtos.MemberView end(
            @PathParam("blocId") UUID blocId,
            @PathParam("membershipId") UUID membershipId,
            @Valid @NotNull MembershipDtos.EndMembership request) {
        return memberships.end(blocId, membershipId, request);
    }
}
