package vn.thidua.platform.parking;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The events this service parked, for admins and for the officers who own what each event concerns. Each service
 * publishes it at {@code /api/v1/parked-events/<its name>} with a subclass carrying that path.
 */
@Authenticated
@Tag(name = "Parked events", description = "Sự kiện không áp dụng được, chờ xử lý")
@Produces(MediaType.APPLICATION_JSON)
public abstract class ParkedEventsResource {

    @Inject
    ParkedEvents parked;

    @Schema(name = "SetAsideParkedEvent", description = "Bỏ qua sự kiện, với lý do")
    public record SetAside(@NotBlank @Size(max = 2000) String note) {}

    @GET
    @Operation(
            summary =
                    "Sự kiện dịch vụ này chưa áp dụng được (quản trị: tất cả; cán bộ: những sự kiện thuộc phạm vi của mình)")
    public List<ParkedEventView> list(@QueryParam("open") @DefaultValue("true") boolean open) {
        return parked.list(open);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Áp dụng lại sự kiện sau khi đã sửa nguyên nhân; vẫn bị từ chối thì trả 422 với lý do mới")
    public ParkedEventView retry(@PathParam("id") UUID id) {
        return parked.retry(id);
    }

    @POST
    @Path("/{id}/set-aside")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bỏ qua sự kiện (đã xử lý bằng tay hoặc không còn cần), ghi lý do")
    public ParkedEventView setAside(@PathParam("id") UUID id, @Valid @NotNull SetAside body) {
        return parked.setAside(id, body.note());
    }
}
