package vn.thidua.campaign.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/campaigns")
@Tag(name = "Campaign dashboards", description = "Theo dõi đăng ký, báo cáo")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @Path("/{campaignId}/dashboard")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Bảng theo dõi của đơn vị tổ chức: đăng ký, báo cáo theo đơn vị và chỉ tiêu, đơn vị chậm")
    public DashboardDtos.CampaignDashboard organizer(@PathParam("campaignId") UUID campaignId) {
        return dashboards.organizer(campaignId);
    }

    @GET
    @Path("/{campaignId}/dashboard.xlsx")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Produces(Downloads.XLSX)
    @Operation(summary = "Bảng theo dõi dạng Excel")
    public RestResponse<byte[]> workbook(@PathParam("campaignId") UUID campaignId) {
        return Downloads.attachment(dashboards.workbook(campaignId), Downloads.XLSX, "theo-doi-phong-trao.xlsx");
    }

    @GET
    @Path("/mine")
    @Operation(summary = "Phong trào đơn vị người dùng tham gia, hạn và việc còn phải làm")
    public List<DashboardDtos.UnitCampaign> mine() {
        return dashboards.mine();
    }
}
