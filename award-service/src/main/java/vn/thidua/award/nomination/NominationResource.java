package vn.thidua.award.nomination;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.thidua.award.catalog.CatalogEnums.DossierKind;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/nominations")
@Authenticated
@Tag(name = "Đề nghị khen thưởng")
@Produces(MediaType.APPLICATION_JSON)
public class NominationResource {

    @Inject
    NominationService service;

    @GET
    @Operation(summary = "Tìm đề nghị khen thưởng trong phạm vi (theo năm, trạng thái, loại, đơn vị, nguồn, tên)")
    public Page<NominationDtos.NominationSummary> search(
            @QueryParam("year") Integer year,
            @QueryParam("status") NominationStatus status,
            @QueryParam("awardType") String awardType,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("origin") String origin,
            @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        return service.search(year, status, awardType, unitId, origin, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một đề nghị: hồ sơ, kết quả kiểm tra điều kiện, thẩm định, bỏ phiếu")
    public NominationDtos.NominationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = NominationDtos.NominationView.class, responseCode = "201")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Lập dự thảo đề nghị của đơn vị (hoặc đột xuất)")
    public NominationDtos.NominationView create(@Valid @NotNull NominationDtos.NominationInput in) {
        return service.create(in);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Sửa dự thảo đề nghị (kèm phiên bản đang xem)")
    public NominationDtos.NominationView update(
            @PathParam("id") UUID id, @Valid @NotNull NominationDtos.NominationInput in) {
        return service.update(id, in);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @APIResponseSchema(value = NominationDtos.DocumentView.class, responseCode = "201")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(
            summary =
                    "Đính kèm tài liệu hồ sơ (tờ trình, báo cáo thành tích, biên bản, công nhận sáng kiến; tối đa 20 MB)")
    public NominationDtos.DocumentView attach(
            @PathParam("id") UUID id, @RestForm("kind") DossierKind kind, @RestForm("file") FileUpload file)
            throws IOException {
        if (kind == null) {
            throw ProblemException.invalidField("kind", "chọn loại tài liệu");
        }
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "chưa chọn tệp");
        }
        return service.attach(id, kind, file.fileName(), Files.readAllBytes(file.uploadedFile()));
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @ResponseStatus(204)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Bỏ một tài liệu khỏi hồ sơ dự thảo")
    public void detach(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        service.detach(id, documentId);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Tải một tài liệu hồ sơ")
    public RestResponse<byte[]> document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return Downloads.attachment(service.download(id, documentId).read());
    }

    @POST
    @Path("/{id}/eligibility")
    @Operation(summary = "Kiểm tra lại điều kiện (theo quy định có hiệu lực vào ngày gửi)")
    public NominationDtos.NominationView recheck(@PathParam("id") UUID id) {
        return service.recheck(id);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Gửi đề nghị (đủ hồ sơ, trong hạn)")
    public NominationDtos.NominationView submit(
            @PathParam("id") UUID id, @NotNull @QueryParam("version") Long version) {
        return service.submit(id, version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Rút đề nghị (trước khi có quyết định), nêu lý do")
    public NominationDtos.NominationView withdraw(
            @PathParam("id") UUID id, @Valid @NotNull NominationDtos.ReasonInput in) {
        return service.withdraw(id, in);
    }

    @POST
    @Path("/{id}/appraisal")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Tiếp nhận thẩm định")
    public NominationDtos.NominationView startAppraisal(
            @PathParam("id") UUID id, @NotNull @QueryParam("version") Long version) {
        return service.startAppraisal(id, version);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/appraisal")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Kết luận thẩm định: đạt (chưa đủ điều kiện thì phải ghi lý do) hoặc không đạt")
    public NominationDtos.NominationView appraise(
            @PathParam("id") UUID id, @Valid @NotNull NominationDtos.AppraisalInput in) {
        return service.appraise(id, in);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/council-vote")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Ghi kết quả bỏ phiếu kín của Hội đồng theo biên bản kiểm phiếu")
    public NominationDtos.NominationView recordVote(
            @PathParam("id") UUID id, @Valid @NotNull NominationDtos.VoteInput in) {
        return service.recordVote(id, in);
    }
}
