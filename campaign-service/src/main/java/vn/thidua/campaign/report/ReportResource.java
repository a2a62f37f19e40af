package vn.thidua.campaign.report;

import io.quarkus.security.Authenticated;
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
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.problem.ProblemException;

@Path("/api/v1/campaigns/{campaignId}/reports")
@Tag(name = "Campaign reports", description = "Báo cáo tiến độ và minh chứng")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Operation(summary = "Báo cáo của đơn vị người dùng (đơn vị tổ chức: của mọi đơn vị)")
    public List<ReportDtos.ReportView> list(@PathParam("campaignId") UUID campaignId) {
        return reports.list(campaignId);
    }

    @PUT
    @Path("/mine/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Báo cáo hoặc sửa báo cáo của đơn vị cho một kỳ (đến hạn chốt)")
    public ReportDtos.ReportView save(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("period") int period,
            @Valid @NotNull ReportDtos.ReportInput in) {
        return reports.save(campaignId, period, in);
    }

    @POST
    @Path("/mine/{period}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @APIResponseSchema(value = ReportDtos.EvidenceView.class, responseCode = "201")
    @Operation(summary = "Đính kèm minh chứng (PDF, ảnh, Word, Excel, PowerPoint; tối đa 20 MB)")
    public ReportDtos.EvidenceView addEvidence(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("period") int period,
            @RestForm("file") FileUpload file)
            throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "chưa chọn tệp");
        }
        return reports.addEvidence(campaignId, period, file.fileName(), Files.readAllBytes(file.uploadedFile()));
    }

    @GET
    @Path("/evidence/{evidenceId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Tải tệp minh chứng")
    public RestResponse<byte[]> evidence(
            @PathParam("campaignId") UUID campaignId, @PathParam("evidenceId") UUID evidenceId) {
        return Downloads.attachment(reports.evidence(campaignId, evidenceId));
    }
}
