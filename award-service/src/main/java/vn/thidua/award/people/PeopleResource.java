package vn.thidua.award.people;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.security.Roles;

@Path("/api/v1")
@Authenticated
@Tag(name = "Cá nhân và đánh giá")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    PeopleService service;

    @GET
    @Path("/people")
    @Operation(summary = "Tìm cá nhân trong các đơn vị thuộc phạm vi (của một đơn vị, hoặc cả các đơn vị cấp dưới)")
    public Page<PeopleDtos.PersonSummary> search(
            @QueryParam("unitId") UUID unitId,
            @QueryParam("below") boolean below,
            @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        return service.search(unitId, below, q, page);
    }

    @GET
    @Path("/people/{id}")
    @Operation(summary = "Hồ sơ một cá nhân: đánh giá hằng năm, sáng kiến, kỷ luật, thanh tra, khiếu nại")
    public PeopleDtos.PersonView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/people")
    @ResponseStatus(201)
    @APIResponseSchema(value = PeopleDtos.PersonView.class, responseCode = "201")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Ghi nhận một cá nhân của đơn vị")
    public PeopleDtos.PersonView create(@Valid @NotNull PeopleDtos.PersonInput in) {
        return service.create(in);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/people/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Sửa hồ sơ cá nhân (kèm phiên bản đang xem)")
    public PeopleDtos.PersonView update(@PathParam("id") UUID id, @Valid @NotNull PeopleDtos.PersonInput in) {
        return service.update(id, in);
    }

    @GET
    @Path("/unit-assessments/{unitId}")
    @Operation(summary = "Mức độ hoàn thành nhiệm vụ của một tập thể qua các năm")
    public List<PeopleDtos.AssessmentView> assessments(@PathParam("unitId") UUID unitId) {
        return service.assessments(unitId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/unit-assessments/{unitId}/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Ghi mức độ hoàn thành nhiệm vụ của tập thể trong năm")
    public PeopleDtos.AssessmentView assess(
            @PathParam("unitId") UUID unitId,
            @PathParam("year") int year,
            @Valid @NotNull PeopleDtos.AssessmentInput in) {
        return service.assess(unitId, year, in);
    }
}
