package vn.thidua.campaign.review;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/campaigns/{campaignId}/reviews")
@Tag(name = "Campaign reviews", description = "Sơ kết, tổng kết và điển hình tiên tiến")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @GET
    @Operation(summary = "Các hội nghị sơ kết, tổng kết (đơn vị: những hội nghị đã kết thúc)")
    public List<ReviewDtos.ReviewView> list(@PathParam("campaignId") UUID campaignId) {
        return reviews.list(campaignId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @ResponseStatus(201)
    @APIResponseSchema(value = ReviewDtos.ReviewView.class, responseCode = "201")
    @Operation(summary = "Mở sơ kết hoặc tổng kết: tập hợp kết quả của các đơn vị")
    public ReviewDtos.ReviewView open(
            @PathParam("campaignId") UUID campaignId, @Valid @NotNull ReviewDtos.ReviewInput in) {
        return reviews.open(campaignId, in);
    }

    @GET
    @Path("/{reviewId}")
    @Operation(summary = "Bảng kết quả, xếp hạng và điển hình của một hội nghị")
    public ReviewDtos.ReviewView get(@PathParam("campaignId") UUID campaignId, @PathParam("reviewId") UUID reviewId) {
        return reviews.get(campaignId, reviewId);
    }

    @PUT
    @Path("/{reviewId}/exemplars")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Chọn điển hình tiên tiến (tập thể, cá nhân) với thành tích tóm tắt")
    public ReviewDtos.ReviewView select(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("reviewId") UUID reviewId,
            @Valid @NotNull ReviewDtos.SelectionInput in) {
        return reviews.select(campaignId, reviewId, in);
    }

    @POST
    @Path("/{reviewId}/close")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(
            summary =
                    "Kết thúc hội nghị; tổng kết thì kết thúc phong trào và gửi danh sách điển hình để đề nghị khen thưởng")
    public ReviewDtos.ReviewView close(@PathParam("campaignId") UUID campaignId, @PathParam("reviewId") UUID reviewId) {
        return reviews.close(campaignId, reviewId);
    }
}
