package vn.thidua.award.voting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.web.Created;

@Path("/api/v1/voting-sessions")
@RolesAllowed({
    Roles.ADMIN,
    Roles.OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.UNIT_LEADER,
    Roles.UNIT_OFFICER,
    Roles.INTEGRATION
})
@Tag(name = "Bỏ phiếu kín")
@Produces(MediaType.APPLICATION_JSON)
public class VotingResource {

    @Inject
    VotingService service;

    @Inject
    VotingQueries queries;

    @Inject
    VotingDocuments documents;

    @GET
    @Operation(summary = "Các phiên mình điều hành, bỏ phiếu hoặc trong phạm vi")
    public List<VotingDtos.SessionSummary> list() {
        return queries.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = VotingDtos.SessionView.class, responseCode = "201")
    @Operation(summary = "Mở phiên bỏ phiếu (Thư ký Hội đồng, hoặc Trưởng khối cho phiên của khối)")
    public VotingDtos.SessionView open(@Valid @NotNull VotingDtos.SessionInput in) {
        return service.open(in);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary =
                    "Phiên bỏ phiếu: câu hỏi, hồ sơ tóm tắt, số đã bỏ phiếu (không bao giờ có lựa chọn trước khi kiểm phiếu)")
    public VotingDtos.SessionView get(@PathParam("id") UUID id) {
        return queries.get(id);
    }

    @GET
    @Path("/{id}/progress")
    @Operation(summary = "Bảng theo dõi trực tiếp: bao nhiêu trên bao nhiêu đã bỏ phiếu")
    public VotingDtos.Progress progress(@PathParam("id") UUID id) {
        return queries.progress(id);
    }

    @POST
    @Path("/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = VotingDtos.ReceiptView.class, responseCode = "201")
    @Operation(summary = "Bỏ phiếu (một lần mỗi vòng; phiếu của đơn vị do lãnh đạo đơn vị bỏ); trả về mã biên nhận")
    public RestResponse<VotingDtos.ReceiptView> cast(
            @PathParam("id") UUID id, @Valid @NotNull VotingDtos.BallotInput in) {
        return Created.at("/api/v1/voting-sessions/" + id + "/result", service.cast(id, in));
    }

    @POST
    @Path("/{id}/written-ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = VotingDtos.ReceiptView.class, responseCode = "201")
    @Operation(summary = "Thư ký nhập phiếu bằng văn bản của thành viên vắng mặt")
    public RestResponse<VotingDtos.ReceiptView> castWritten(
            @PathParam("id") UUID id, @Valid @NotNull VotingDtos.WrittenBallotInput in) {
        return Created.at("/api/v1/voting-sessions/" + id + "/result", service.castWritten(id, in));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Kiểm phiếu vòng hiện tại (cần đủ số tham dự); công bố kết quả")
    public VotingDtos.SessionView close(@PathParam("id") UUID id, @NotNull @QueryParam("version") Long version) {
        return service.close(id, version);
    }

    @POST
    @Path("/{id}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mở vòng bỏ phiếu tiếp theo giữa các ứng cử dẫn đầu")
    public VotingDtos.SessionView nextRound(@PathParam("id") UUID id, @Valid @NotNull VotingDtos.RoundInput in) {
        return service.nextRound(id, in);
    }

    @POST
    @Path("/{id}/questions/{questionId}/referral")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lãnh đạo quyết định khi vẫn bằng phiếu sau vòng cuối (ghi lại)")
    public VotingDtos.SessionView refer(
            @PathParam("id") UUID id,
            @PathParam("questionId") UUID questionId,
            @Valid @NotNull VotingDtos.ReferralInput in) {
        return service.refer(id, questionId, in);
    }

    @GET
    @Path("/{id}/result")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(
            summary =
                    "Kết quả công bố (không cần đăng nhập): số phiếu, mẫu số, tỷ lệ, quy định và mọi phiếu theo mã biên nhận")
    public VotingDtos.ResultView result(@PathParam("id") UUID id) {
        return queries.result(id);
    }

    @GET
    @Path("/{id}/minutes.pdf")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Biên bản kiểm phiếu (PDF)")
    public RestResponse<byte[]> minutesPdf(@PathParam("id") UUID id) {
        return documents.minutesPdf(id);
    }

    @GET
    @Path("/{id}/minutes.docx")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Biên bản kiểm phiếu (Word)")
    public RestResponse<byte[]> minutesDocx(@PathParam("id") UUID id) {
        return documents.minutesDocx(id);
    }

    @GET
    @Path("/{id}/nominations/{nominationId}/documents/{documentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Tài liệu hồ sơ của một đề nghị trong phiên, để người bỏ phiếu đọc")
    public RestResponse<byte[]> dossier(
            @PathParam("id") UUID id,
            @PathParam("nominationId") UUID nominationId,
            @PathParam("documentId") UUID documentId) {
        return Downloads.attachment(queries.dossier(id, nominationId, documentId));
    }
}
