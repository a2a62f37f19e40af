package vn.thidua.award.honours;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/honours")
@Authenticated
@Tag(name = "Sổ vàng khen thưởng")
@Produces(MediaType.APPLICATION_JSON)
public class HonourResource {

    @Inject
    HonourService service;

    @Inject
    HonourMapper mapper;

    @GET
    @Operation(summary = "Tìm trong sổ vàng (đơn vị và cấp dưới, cá nhân, loại, năm, số quyết định, tên)")
    public Page<HonourDtos.HonourView> search(
            @QueryParam("unitId") UUID unitId,
            @QueryParam("personId") UUID personId,
            @QueryParam("awardType") String awardType,
            @QueryParam("year") Integer year,
            @QueryParam("decision") String decision,
            @QueryParam("q") String q,
            @QueryParam("revoked") Boolean revoked,
            @Valid @BeanParam PageRequest page) {
        return service.search(
                new HonourQuery(service.readableScope(unitId), personId, awardType, year, decision, q, revoked),
                page,
                mapper::toView);
    }

    @GET
    @Path("/public")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Sổ vàng công khai (không cần đăng nhập)")
    public Page<HonourDtos.PublicHonour> publicSearch(
            @QueryParam("unitId") UUID unitId,
            @QueryParam("awardType") String awardType,
            @QueryParam("year") Integer year,
            @QueryParam("decision") String decision,
            @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        return service.search(
                new HonourQuery(service.unitScope(unitId), null, awardType, year, decision, q, null),
                page,
                mapper::toPublic);
    }

    @GET
    @Path("/statistics")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Thống kê khen thưởng còn hiệu lực theo năm, cấp, loại và đối tượng")
    public HonourDtos.Statistics statistics(@QueryParam("year") Integer year, @QueryParam("unitId") UUID unitId) {
        return service.statistics(year, unitId);
    }

    @GET
    @Path("/open-data.json")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Dữ liệu mở: toàn bộ sổ vàng công khai (JSON)")
    public List<HonourDtos.PublicHonour> openDataJson(@QueryParam("year") Integer year) {
        return service.all(new HonourQuery(null, null, null, year, null, null, null)).stream()
                .map(mapper::toPublic)
                .toList();
    }

    @GET
    @Path("/open-data.csv")
    @PermitAll
    @SecurityRequirementsSet
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Dữ liệu mở: toàn bộ sổ vàng công khai (CSV, UTF-8)")
    public RestResponse<byte[]> openDataCsv(@QueryParam("year") Integer year) {
        byte[] csv = service.csv(new HonourQuery(null, null, null, year, null, null, null))
                .getBytes(StandardCharsets.UTF_8);
        return Downloads.attachment(
                csv, "text/csv; charset=UTF-8", "so-vang" + (year == null ? "" : "-" + year) + ".csv");
    }

    @GET
    @Path("/export")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Xuất sổ vàng theo điều kiện tìm ra Excel")
    public RestResponse<byte[]> export(
            @QueryParam("unitId") UUID unitId,
            @QueryParam("personId") UUID personId,
            @QueryParam("awardType") String awardType,
            @QueryParam("year") Integer year,
            @QueryParam("decision") String decision,
            @QueryParam("q") String q) {
        return Downloads.attachment(
                service.spreadsheet(
                        new HonourQuery(service.readableScope(unitId), personId, awardType, year, decision, q, null)),
                Downloads.XLSX,
                "so-vang-khen-thuong.xlsx");
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một khen thưởng trong sổ vàng")
    public HonourDtos.HonourView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = HonourDtos.HonourView.class, responseCode = "201")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Ghi vào sổ vàng khen thưởng theo quyết định giấy đã ban hành trước đây")
    public HonourDtos.HonourView record(@Valid @NotNull HonourDtos.RecordInput in) {
        return service.record(in);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/revoke")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Thu hồi khen thưởng theo quyết định thu hồi, nêu lý do")
    public HonourDtos.HonourView revoke(@PathParam("id") UUID id, @Valid @NotNull HonourDtos.RevokeInput in) {
        return service.revoke(id, in);
    }
}
