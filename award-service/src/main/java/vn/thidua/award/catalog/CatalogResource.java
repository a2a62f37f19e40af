package vn.thidua.award.catalog;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.thidua.platform.security.Roles;

@Path("/api/v1")
@Authenticated
@Tag(name = "Danh mục khen thưởng")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    Clock clock;

    @Inject
    CatalogService service;

    @GET
    @Path("/award-types")
    @Operation(summary = "Danh hiệu thi đua và hình thức khen thưởng, với quy định có hiệu lực vào ngày đã chọn")
    public List<CatalogDtos.AwardTypeView> awardTypes(
            @Parameter(description = "ngày áp dụng (mặc định hôm nay)") @QueryParam("on") LocalDate on,
            @Parameter(description = "đơn vị để áp dụng quy định của địa phương") @QueryParam("unitId") UUID unitId) {
        return service.awardTypes(on == null ? LocalDate.now(clock) : on, unitId);
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @Path("/award-types/public")
    @Operation(summary = "Tên các danh hiệu và hình thức khen thưởng, để lọc Sổ vàng công khai (không cần đăng nhập)")
    public List<CatalogDtos.PublicAwardType> publicAwardTypes() {
        return service.publicAwardTypes();
    }

    @GET
    @Path("/award-types/{code}")
    @Operation(summary = "Một loại khen thưởng và quy định có hiệu lực")
    public CatalogDtos.AwardTypeView awardType(
            @PathParam("code") String code, @QueryParam("on") LocalDate on, @QueryParam("unitId") UUID unitId) {
        return service.awardType(code, on == null ? LocalDate.now(clock) : on, unitId);
    }

    @GET
    @Path("/rule-sets")
    @Operation(summary = "Các bộ quy định: nghị định (quốc gia) và quy định của địa phương, với thời gian hiệu lực")
    public List<CatalogDtos.RuleSetSummary> ruleSets() {
        return service.ruleSets();
    }

    @GET
    @Path("/rule-sets/{id}")
    @Operation(summary = "Một bộ quy định với từng quy tắc và căn cứ pháp lý")
    public CatalogDtos.RuleSetView ruleSet(@PathParam("id") UUID id) {
        return service.ruleSet(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/rule-sets")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @ResponseStatus(201)
    @APIResponseSchema(value = CatalogDtos.RuleSetView.class, responseCode = "201")
    @Operation(summary = "Lập quy định khen thưởng của địa phương (ghi đè quy định quốc gia theo từng loại)")
    public CatalogDtos.RuleSetView create(@Valid @NotNull CatalogDtos.RuleSetInput in) {
        return service.create(in);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/rule-sets/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Sửa quy định của địa phương (kèm phiên bản đang xem)")
    public CatalogDtos.RuleSetView revise(@PathParam("id") UUID id, @Valid @NotNull CatalogDtos.RuleSetInput in) {
        return service.revise(id, in);
    }

    @GET
    @Path("/base-salaries")
    @Operation(summary = "Mức lương cơ sở theo thời gian, để tính tiền thưởng")
    public List<CatalogDtos.BaseSalaryView> baseSalaries() {
        return service.baseSalaries();
    }
}
