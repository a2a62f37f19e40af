package vn.thidua.award.registration;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/title-registrations")
@Authenticated
@Tag(name = "Đăng ký danh hiệu thi đua")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService service;

    @GET
    @Operation(summary = "Các danh hiệu đơn vị và cá nhân đã đăng ký trong năm")
    public List<RegistrationDtos.RegistrationView> list(
            @NotNull @QueryParam("unitId") UUID unitId, @NotNull @QueryParam("year") Integer year) {
        return service.list(unitId, year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @ResponseStatus(201)
    @APIResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = RegistrationDtos.RegistrationView.class)))
    @Operation(summary = "Đăng ký danh hiệu cho đơn vị và cá nhân (nhiều dòng một lần)")
    public List<RegistrationDtos.RegistrationView> register(@Valid @NotNull RegistrationDtos.BulkInput in) {
        return service.register(in);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @ResponseStatus(201)
    @APIResponseSchema(value = RegistrationDtos.ImportResult.class, responseCode = "201")
    @Operation(summary = "Nhập danh sách cán bộ và danh hiệu đăng ký từ Excel")
    public RegistrationDtos.ImportResult importStaff(
            @RestForm("unitId") UUID unitId,
            @RestForm("year") Integer year,
            @RestForm("registeredOn") LocalDate registeredOn,
            @RestForm("file") FileUpload file)
            throws IOException {
        if (unitId == null) {
            throw ProblemException.invalidField("unitId", "chọn đơn vị");
        }
        if (year == null) {
            throw ProblemException.invalidField("year", "chọn năm đăng ký");
        }
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "chưa chọn tệp Excel");
        }
        return service.importStaff(unitId, year, registeredOn, Files.readAllBytes(file.uploadedFile()));
    }

    @GET
    @Path("/template")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Mẫu Excel danh sách cán bộ đăng ký danh hiệu")
    public RestResponse<byte[]> template() {
        return Downloads.attachment(service.template(), Downloads.XLSX, "mau-dang-ky-danh-hieu.xlsx");
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER})
    @Operation(summary = "Hủy một đăng ký (khi chưa có đề nghị dựa trên nó)")
    public void cancel(@PathParam("id") UUID id) {
        service.cancel(id);
    }
}
