package vn.thidua.campaign.showcase;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.web.Created;

/** Publishing happens under the campaign the model was built in; reading and adopting under /models. */
@Path("/api/v1/campaigns/{campaignId}/models")
@Tag(name = "Exemplary models")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CampaignModelsResource {

    @Inject
    ShowcaseService showcase;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = ShowcaseDtos.ModelView.class, responseCode = "201")
    @Operation(summary = "Đơn vị giới thiệu mô hình đã xây dựng trong phong trào")
    public RestResponse<ShowcaseDtos.ModelView> publish(
            @PathParam("campaignId") UUID campaignId, @Valid @NotNull ShowcaseDtos.ModelInput in) {
        ShowcaseDtos.ModelView model = showcase.publish(campaignId, in);
        return Created.at("/api/v1/models/" + model.id(), model);
    }
}
