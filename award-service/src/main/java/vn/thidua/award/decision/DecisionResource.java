package vn.thidua.award.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/decisions")
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INTEGRATION})
@Tag(name = "Quyết định khen thưởng")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService service;

    @Inject
    DecisionDocuments documents;

    @GET
    @Operation(summary = "Các quyết định khen thưởng trong phạm vi")
    public List<DecisionDtos.DecisionSummary> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một quyết định với danh sách khen thưởng và tiền thưởng")
    public DecisionDtos.DecisionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = DecisionDtos.DecisionView.class, responseCode = "201")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Lập dự thảo quyết định từ các đề nghị đã công khai xong, không có kiến nghị")
    public DecisionDtos.DecisionView create(@Valid @NotNull DecisionDtos.DecisionInput in) {
        return service.create(in);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Hủy dự thảo quyết định (các đề nghị trở lại chờ quyết định)")
    public void discard(@PathParam("id") UUID id) {
        service.discard(id);
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Ban hành quyết định: ghi sổ vàng, tính tiền thưởng, phát sự kiện khen thưởng")
    public DecisionDtos.DecisionView issue(@PathParam("id") UUID id, @NotNull @QueryParam("version") Long version) {
        return service.issue(id, version);
    }

    @GET
    @Path("/{id}/document.pdf")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Quyết định kèm danh sách (PDF)")
    public RestResponse<byte[]> pdf(@PathParam("id") UUID id) {
        return documents.decisionPdf(id);
    }

    @GET
    @Path("/{id}/document.docx")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Quyết định kèm danh sách (Word)")
    public RestResponse<byte[]> docx(@PathParam("id") UUID id) {
        return documents.decisionDocx(id);
    }

    @GET
    @Path("/{id}/certificates.pdf")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Bằng khen, Giấy khen của mọi người được khen (một trang mỗi người, để in)")
    public RestResponse<byte[]> certificates(@PathParam("id") UUID id) {
        return documents.certificates(id, null);
    }

    @GET
    @Path("/{id}/certificates/{nominationId}.pdf")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Bằng khen, Giấy khen của một người được khen")
    public RestResponse<byte[]> certificate(@PathParam("id") UUID id, @PathParam("nominationId") UUID nominationId) {
        return documents.certificates(id, nominationId);
    }
}
