package vn.thidua.campaign.showcase;

import io.quarkus.security.Authenticated;
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
import vn.thidua.platform.web.Created;

@Path("/api/v1/models")
@Tag(name = "Exemplary models", description = "Mô hình, điển hình tiên tiến và nhân rộng")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ShowcaseResource {

    @Inject
    ShowcaseService showcase;

    @GET
    @Operation(summary = "Trang giới thiệu mô hình: được nhân rộng nhiều nhất trước")
    public Page<ShowcaseDtos.ModelView> search(
            @QueryParam("campaignId") UUID campaignId, @QueryParam("q") String q, @Valid @BeanParam PageRequest page) {
        return showcase.search(campaignId, q, page);
    }

    @GET
    @Path("/{modelId}")
    @Operation(summary = "Xem mô hình và các đơn vị đã nhân rộng")
    public ShowcaseDtos.ModelView get(@PathParam("modelId") UUID modelId) {
        return showcase.get(modelId);
    }

    @PUT
    @Path("/{modelId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đơn vị sửa mô hình của mình")
    public ShowcaseDtos.ModelView update(
            @PathParam("modelId") UUID modelId, @Valid @NotNull ShowcaseDtos.ModelInput in) {
        return showcase.update(modelId, in);
    }

    @POST
    @Path("/{modelId}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @APIResponseSchema(value = ShowcaseDtos.PhotoView.class, responseCode = "201")
    @Operation(summary = "Thêm ảnh mô hình (JPG, PNG; tối đa 20 MB)")
    public ShowcaseDtos.PhotoView addPhoto(@PathParam("modelId") UUID modelId, @RestForm("file") FileUpload file)
            throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "chưa chọn tệp");
        }
        return showcase.addPhoto(modelId, file.fileName(), Files.readAllBytes(file.uploadedFile()));
    }

    @GET
    @Path("/{modelId}/photos/{photoId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Tải ảnh mô hình")
    public RestResponse<byte[]> photo(@PathParam("modelId") UUID modelId, @PathParam("photoId") UUID photoId) {
        return Downloads.attachment(showcase.photo(modelId, photoId));
    }

    @POST
    @Path("/{modelId}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponseSchema(value = ShowcaseDtos.ModelView.class, responseCode = "201")
    @Operation(summary = "Đánh dấu đơn vị mình đã nhân rộng mô hình")
    public RestResponse<ShowcaseDtos.ModelView> adopt(
            @PathParam("modelId") UUID modelId, @Valid @NotNull ShowcaseDtos.AdoptionInput in) {
        return Created.at("/api/v1/models/" + modelId, showcase.adopt(modelId, in));
    }
}
