package vn.thidua.award.council;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/councils")
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.COUNCIL_MEMBER, Roles.INTEGRATION})
@Tag(name = "Hội đồng Thi đua – Khen thưởng")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    @Inject
    CouncilService service;

    @GET
    @Operation(summary = "Các hội đồng trong phạm vi và hội đồng mình là thành viên")
    public List<CouncilDtos.CouncilSummary> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một hội đồng với thành viên, vai trò và thời gian tham gia")
    public CouncilDtos.CouncilView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = CouncilDtos.CouncilView.class, responseCode = "201")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Lập hội đồng: một Chủ tịch, một Thư ký, các thành viên theo tài khoản đăng nhập")
    public CouncilDtos.CouncilView create(@Valid @NotNull CouncilDtos.CouncilInput in) {
        return service.create(in);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Sửa hội đồng và thành viên (cần phiên bản hiện tại)")
    public CouncilDtos.CouncilView update(@PathParam("id") UUID id, @Valid @NotNull CouncilDtos.CouncilInput in) {
        return service.update(id, in);
    }
}
