package vn.thidua.bloc.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.platform.security.CurrentUser;

/** Who the caller is, with their unit's name from the directory (for the SPA header). */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Schema(name = "CurrentUserView")
    public record CurrentUserView(
            String subject,
            String username,
            String name,
            String position,
            List<String> roles,
            UUID unitId,
            String unitName) {}

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Người dùng hiện tại")
    public CurrentUserView me() {
        UUID unitId = user.unitId().orElse(null);
        Unit unit = unitId == null ? null : Unit.findById(unitId);
        return new CurrentUserView(
                user.subject(),
                user.username(),
                user.name(),
                user.position(),
                user.roles().stream().sorted().toList(),
                unitId,
                unit == null ? null : unit.name);
    }
}
