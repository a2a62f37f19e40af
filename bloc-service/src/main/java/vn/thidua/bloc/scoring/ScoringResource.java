package vn.thidua.bloc.scoring;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.web.Created;

@Path("/api/v1/blocs/{blocId}/scoring/{year}")
@Tag(name = "Bloc scoring", description = "Chấm điểm, xếp hạng cuối năm")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ScoringResource {

    @Inject
    ScoringService scoring;

    @GET
    @Operation(summary = "Tiến độ chấm điểm và bảng xếp hạng")
    public ScoringDtos.ScoringView get(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return scoring.get(blocId, year);
    }

    @POST
    @ResponseStatus(201)
    @APIResponseSchema(value = ScoringDtos.ScoringView.class, responseCode = "201")
    @Operation(summary = "Mở chấm điểm theo giao ước đã có hiệu lực")
    public RestResponse<ScoringDtos.ScoringView> open(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return Created.at("/api/v1/blocs/" + blocId + "/scoring/" + year, scoring.open(blocId, year));
    }

    @GET
    @Path("/ranking.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "Bảng xếp hạng, định dạng Excel")
    public RestResponse<byte[]> rankingSheet(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return Downloads.attachment(scoring.rankingSheet(blocId, year), Downloads.XLSX, "xep-hang-" + year + ".xlsx");
    }

    @GET
    @Path("/scorecards")
    @Operation(summary = "Các phiếu chấm điểm của một đơn vị (mặc định đơn vị của người dùng)")
    public List<ScoringDtos.ScorecardView> scorecards(
            @PathParam("blocId") UUID blocId, @PathParam("year") int year, @QueryParam("scorer") UUID scorer) {
        return scoring.scorecards(blocId, year, scorer);
    }

    @PUT
    @Path("/scorecards/{scoredUnitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đơn vị của người dùng chấm điểm một đơn vị thành viên (tự chấm hoặc chấm chéo)")
    public ScoringDtos.ScorecardView submit(
            @PathParam("blocId") UUID blocId,
            @PathParam("year") int year,
            @PathParam("scoredUnitId") UUID scoredUnitId,
            @Valid @NotNull ScoringDtos.ScorecardInput input) {
        return scoring.submit(blocId, year, scoredUnitId, input);
    }

    @POST
    @Path("/close")
    @Operation(summary = "Khóa sổ chấm điểm và tính xếp hạng")
    public ScoringDtos.ScoringView close(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return scoring.close(blocId, year);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xác nhận xếp hạng, đề nghị Cờ thi đua cho đơn vị dẫn đầu và Bằng khen")
    public ScoringDtos.ScoringView confirm(
            @PathParam("blocId") UUID blocId,
            @PathParam("year") int year,
            @Valid @NotNull ScoringDtos.ConfirmRanking input) {
        return scoring.confirm(blocId, year, input);
    }
}
