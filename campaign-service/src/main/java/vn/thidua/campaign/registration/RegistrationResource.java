package vn.thidua.campaign.registration;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/registrations")
@Tag(name = "Campaign registrations", description = "Đăng ký thi đua")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @GET
    @Operation(summary = "Tình hình đăng ký của các đơn vị trong phạm vi (cho đơn vị tổ chức)")
    public List<RegistrationDtos.UnitRegistration> progress(@PathParam("campaignId") UUID campaignId) {
        return registrations.progress(campaignId);
    }

    @GET
    @Path("/mine")
    @Operation(summary = "Đăng ký của đơn vị người dùng")
    public RegistrationDtos.RegistrationView mine(@PathParam("campaignId") UUID campaignId) {
        return registrations.mine(campaignId);
    }

    @PUT
    @Path("/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Soạn, sửa đăng ký của đơn vị (trước hạn đăng ký)")
    public RegistrationDtos.RegistrationView save(
            @PathParam("campaignId") UUID campaignId, @Valid @NotNull RegistrationDtos.RegistrationInput in) {
        return registrations.save(campaignId, in);
    }

    @POST
    @Path("/mine/submit")
    @Operation(summary = "Lãnh đạo đơn vị duyệt và gửi đăng ký")
    public RegistrationDtos.RegistrationView submit(@PathParam("campaignId") UUID campaignId) {
        return registrations.submit(campaignId);
    }
}
