package vn.thidua.bloc.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.thidua.platform.documents.Downloads;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Roles;

@Path("/api/v1/accounts")
@Tag(name = "Accounts", description = "Tài khoản người dùng: tạo, mời đặt mật khẩu, giao đơn vị và vai trò, khóa")
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Tìm tài khoản (trong phạm vi đơn vị mình quản lý)")
    public Page<AccountDtos.AccountView> search(
            @QueryParam("q") String q,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("role") AccountRole role,
            @QueryParam("enabled") Boolean enabled,
            @Valid @BeanParam PageRequest page) {
        return accounts.search(new AccountService.AccountFilter(q, unitId, role, enabled), page);
    }

    @GET
    @Path("/roles")
    @Operation(summary = "Các vai trò và vai trò người gọi được giao")
    public List<AccountDtos.RoleOption> roles() {
        return accounts.roleOptions();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem một tài khoản")
    public AccountDtos.AccountView get(@PathParam("id") UUID id) {
        return accounts.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = AccountDtos.AccountView.class, responseCode = "201")
    @Operation(summary = "Tạo tài khoản và gửi thư mời đặt mật khẩu")
    public AccountDtos.AccountView create(@Valid @NotNull AccountDtos.NewAccount request) {
        return accounts.create(request);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa tài khoản, giao đơn vị hoặc vai trò khác")
    public AccountDtos.AccountView update(@PathParam("id") UUID id, @Valid @NotNull AccountDtos.AccountUpdate request) {
        return accounts.update(id, request);
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Khóa tài khoản (phiên đăng nhập đang mở kết thúc ngay)")
    public AccountDtos.AccountView deactivate(@PathParam("id") UUID id) {
        return accounts.deactivate(id);
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Mở khóa tài khoản")
    public AccountDtos.AccountView activate(@PathParam("id") UUID id) {
        return accounts.activate(id);
    }

    @POST
    @Path("/{id}/invitation")
    @Operation(summary = "Gửi lại thư mời đặt mật khẩu")
    public AccountDtos.AccountView invite(@PathParam("id") UUID id) {
        return accounts.invite(id);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @APIResponseSchema(value = AccountDtos.ImportResult.class, responseCode = "201")
    @Operation(summary = "Tạo nhiều tài khoản từ tệp Excel (cả tệp hoặc không dòng nào)")
    public AccountDtos.ImportResult importAccounts(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "chưa chọn tệp Excel");
        }
        return accounts.importAccounts(Files.readAllBytes(file.uploadedFile()));
    }

    @GET
    @Path("/import/template")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Mẫu Excel danh sách tài khoản")
    public RestResponse<byte[]> template() {
        return Downloads.attachment(accounts.importTemplate(), Downloads.XLSX, "mau-tai-khoan.xlsx");
    }
}
