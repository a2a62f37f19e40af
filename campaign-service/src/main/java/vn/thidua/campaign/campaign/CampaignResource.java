package vn.thidua.campaign.campaign;

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
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.documents.DocxRenderer;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.documents.PdfRenderer;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Phong trào, đợt thi đua")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @GET
    @Operation(summary = "Phong trào người dùng quản lý hoặc đơn vị được phát động")
    public Page<CampaignDtos.CampaignView> search(
            @QueryParam("q") String q,
            @QueryParam("status") CampaignEnums.Status status,
            @Valid @BeanParam PageRequest page) {
        return campaigns.search(new CampaignService.CampaignFilter(q, status), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem kế hoạch phong trào")
    public CampaignDtos.CampaignView get(@PathParam("id") UUID id) {
        return campaigns.get(id);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Các lần sửa kế hoạch sau khi phát động")
    public List<CampaignDtos.RevisionView> revisions(@PathParam("id") UUID id) {
        return campaigns.revisions(id);
    }

    @GET
    @Path("/{id}/plan.pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "Kế hoạch phong trào dạng PDF (thể thức văn bản hành chính)")
    public RestResponse<byte[]> planPdf(@PathParam("id") UUID id) {
        AdministrativeDocument plan = campaigns.planDocument(id);
        return Downloads.attachment(PdfRenderer.render(plan), Downloads.PDF, fileName(plan) + ".pdf");
    }

    @GET
    @Path("/{id}/plan.docx")
    @Produces(Downloads.DOCX)
    @Operation(summary = "Kế hoạch phong trào dạng Word")
    public RestResponse<byte[]> planDocx(@PathParam("id") UUID id) {
        AdministrativeDocument plan = campaigns.planDocument(id);
        return Downloads.attachment(DocxRenderer.render(plan), Downloads.DOCX, fileName(plan) + ".docx");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Soạn kế hoạch phong trào")
    @ResponseStatus(201)
    @APIResponseSchema(value = CampaignDtos.CampaignView.class, responseCode = "201")
    public CampaignDtos.CampaignView draft(@Valid @NotNull CampaignDtos.CampaignInput in) {
        return campaigns.draft(in);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Sửa kế hoạch (sau khi phát động: ghi lý do, thành bản mới)")
    public CampaignDtos.CampaignView update(@PathParam("id") UUID id, @Valid @NotNull CampaignDtos.CampaignInput in) {
        return campaigns.update(id, in);
    }

    @POST
    @Path("/{id}/launch")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Phát động phong trào tới các đơn vị trong phạm vi")
    public CampaignDtos.CampaignView launch(@PathParam("id") UUID id) {
        return campaigns.launch(id);
    }

    /** "Kế hoạch 3337-KH-CAT-PX03" */
    private static String fileName(AdministrativeDocument plan) {
        return plan.title() + " " + plan.number().replace('/', '-');
    }
}
