package vn.thidua.bloc.blocs;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/blocs")
@Tag(name = "Blocs", description = "Khối, cụm thi đua")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BlocResource {

    @Inject
    BlocService blocs;

    @GET
    @Operation(summary = "Tìm khối, cụm thi đua trong phạm vi của người dùng")
    public Page<BlocDtos.BlocView> search(
            @QueryParam("q") String q,
            @QueryParam("kind") BlocKind kind,
            @QueryParam("organizingUnitId") UUID organizingUnitId,
            @QueryParam("memberUnitId") UUID memberUnitId,
            @Valid @BeanParam PageRequest page) {
        return blocs.search(new BlocService.BlocFilter(q, kind, organizingUnitId, memberUnitId), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem một khối, cụm thi đua")
    public BlocDtos.BlocView get(@PathParam("id") UUID id) {
        return blocs.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Lập khối, cụm thi đua")
    @ResponseStatus(201)
    @APIResponseSchema(value = BlocDtos.BlocView.class, responseCode = "201")
    public BlocDtos.BlocView create(@Valid @NotNull BlocDtos.NewBloc request) {
        return blocs.create(request);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Sửa thông tin khối, cụm thi đua")
    public BlocDtos.BlocView update(@PathParam("id") UUID id, @Valid @NotNull BlocDtos.BlocUpdate request) {
        return blocs.update(id, request);
    }
}
