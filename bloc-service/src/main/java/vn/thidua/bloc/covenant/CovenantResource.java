package vn.thidua.bloc.covenant;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.documents.DocxRenderer;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.documents.PdfRenderer;
import vn.thidua.platform.web.Created;

@Path("/api/v1/blocs/{blocId}/covenants")
@Tag(name = "Covenants", description = "Giao ước thi đua và ký kết")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CovenantResource {

    @Inject
    CovenantService covenants;

    @GET
    @Operation(summary = "Các giao ước của khối, năm gần nhất trước")
    public List<CovenantDtos.CovenantView> list(@PathParam("blocId") UUID blocId) {
        return covenants.list(blocId);
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Giao ước của một năm, với toàn văn và mã băm để ký")
    public CovenantDtos.CovenantView get(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return covenants.get(blocId, year);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lập hoặc sửa giao ước (sửa sau khi đã mở ký là bản mới, mọi đơn vị ký lại)")
    public CovenantDtos.CovenantView draft(
            @PathParam("blocId") UUID blocId,
            @PathParam("year") int year,
            @Valid @NotNull CovenantDtos.CovenantDraft request) {
        return covenants.draft(blocId, year, request);
    }

    @POST
    @Path("/{year}/open")
    @Operation(summary = "Mở ký kết giao ước")
    public CovenantDtos.CovenantView open(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return covenants.open(blocId, year);
    }

    @POST
    @Path("/{year}/close")
    @Operation(summary = "Kết thúc giao ước vào cuối năm")
    public CovenantDtos.CovenantView close(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return covenants.close(blocId, year);
    }

    @GET
    @Path("/{year}/signatures")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(
            summary =
                    "Công khai, không cần đăng nhập: chữ ký giao ước của từng đơn vị với mã SHA-256 của văn bản đã ký và "
                            + "toàn văn, để bất kỳ ai cũng kiểm tra được")
    public CovenantDtos.PublicSignatures signatures(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return covenants.publicSignatures(blocId, year);
    }

    @POST
    @Path("/{year}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lãnh đạo đơn vị thành viên ký giao ước (201 khi ký mới, 200 khi đơn vị đã ký)")
    @APIResponse(
            responseCode = "201",
            description = "Đã ký; Location là danh sách chữ ký công khai",
            content = @Content(schema = @Schema(implementation = CovenantDtos.CovenantView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Đơn vị đã ký bản này từ trước",
            content = @Content(schema = @Schema(implementation = CovenantDtos.CovenantView.class)))
    public RestResponse<CovenantDtos.CovenantView> sign(
            @PathParam("blocId") UUID blocId,
            @PathParam("year") int year,
            @Valid @NotNull CovenantDtos.SignCovenant request) {
        CovenantService.SignOutcome outcome = covenants.sign(blocId, year, request);
        return outcome.created()
                ? Created.at("/api/v1/blocs/" + blocId + "/covenants/" + year + "/signatures", outcome.covenant())
                : RestResponse.ok(outcome.covenant());
    }

    @GET
    @Path("/{year}/document.docx")
    @Produces(Downloads.DOCX)
    @Operation(summary = "Giao ước và bảng ký kết, định dạng Word")
    public RestResponse<byte[]> docx(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return Downloads.attachment(
                DocxRenderer.render(covenants.document(blocId, year)),
                Downloads.DOCX,
                "giao-uoc-thi-dua-" + year + ".docx");
    }

    @GET
    @Path("/{year}/document.pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "Giao ước và bảng ký kết, định dạng PDF")
    public RestResponse<byte[]> pdf(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return Downloads.attachment(
                PdfRenderer.render(covenants.document(blocId, year)),
                Downloads.PDF,
                "giao-uoc-thi-dua-" + year + ".pdf");
    }

    @GET
    @Path("/{year}/board")
    @Operation(summary = "Bảng theo dõi ký kết (ai đã ký, ai chưa) để chiếu tại hội nghị")
    public CovenantDtos.SigningBoard board(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return covenants.board(blocId, year);
    }
}
