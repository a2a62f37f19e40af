package vn.thidua.campaign.honours;

import io.quarkus.security.Authenticated;
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
import vn.thidua.campaign.campaign.CampaignAccess;

@Path("/api/v1/campaigns/{campaignId}/honours")
@Tag(name = "Campaign honours", description = "Khen thưởng theo đề nghị của tổng kết phong trào")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class HonourResource {

    @Inject
    CampaignAccess access;

    @Inject
    HonourMapper mapper;

    @GET
    @Operation(summary = "Các khen thưởng đã có quyết định theo đề nghị của phong trào")
    public List<HonourView> list(@PathParam("campaignId") UUID campaignId) {
        access.viewable(campaignId);
        return CampaignHonour.<CampaignHonour>list("campaignId = ?1 order by decidedOn desc, recipientName", campaignId)
                .stream()
                .map(mapper::toView)
                .toList();
    }
}
