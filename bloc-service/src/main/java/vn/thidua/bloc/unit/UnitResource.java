package vn.thidua.bloc.unit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/units")
@Tag(name = "Units", description = "Danh bạ đơn vị")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @GET
    @Operation(summary = "Tìm kiếm đơn vị")
    public Page<UnitDtos.UnitView> search(
            @QueryParam("q") String q,
            @QueryParam("parentId") UUID parentId,
            @QueryParam("kind") UnitKind kind,
            @QueryParam("active") Boolean active,
            @Valid @BeanParam PageRequest page) {
        return units.search(new UnitService.UnitFilter(q, parentId, kind, active), page);
    }

    @GET
    @Path("/tree")
    @Operation(summary = "Cây đơn vị")
    public List<UnitDtos.UnitNode> tree(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return units.tree(includeInactive);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem một đơn vị")
    public UnitDtos.UnitView get(@PathParam("id") UUID id) {
        return units.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Thêm đơn vị")
    @ResponseStatus(201)
    @APIResponseSchema(value = UnitDtos.UnitView.class, responseCode = "201")
    public UnitDtos.UnitView create(@Valid @NotNull UnitDtos.NewUnit request) {
        return units.create(request);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Cập nhật đơn vị")
    public UnitDtos.UnitView update(@PathParam("id") UUID id, @Valid @NotNull UnitDtos.UnitUpdate request) {
        return units.update(id, request);
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Cho đơn vị ngừng hoạt động")
    public UnitDtos.UnitView deactivate(@PathParam("id") UUID id) {
        return units.deactivate(id);
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Kích hoạt lại đơn vị")
    public UnitDtos.UnitView activate(@PathParam("id") UUID id) {
        return units.activate(id);
    }
}
