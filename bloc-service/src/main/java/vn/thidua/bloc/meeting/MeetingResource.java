package vn.thidua.bloc.meeting;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/blocs/{blocId}/meetings")
@Tag(name = "Bloc meetings", description = "Hội nghị của khối")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @GET
    @Operation(summary = "Các hội nghị của khối, gần nhất trước")
    public List<MeetingDtos.MeetingView> list(@PathParam("blocId") UUID blocId) {
        return meetings.list(blocId);
    }

    @GET
    @Path("/{meetingId}")
    @Operation(summary = "Xem biên bản một hội nghị")
    public MeetingDtos.MeetingView get(@PathParam("blocId") UUID blocId, @PathParam("meetingId") UUID meetingId) {
        return meetings.get(blocId, meetingId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Ghi một hội nghị của khối")
    public MeetingDtos.MeetingView create(@PathParam("blocId") UUID blocId, @Valid @NotNull MeetingDtos.MeetingInput input) {
        return meetings.create(blocId, input);
    }

    @PUT
    @Path("/{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa biên bản hội nghị")
    public MeetingDtos.MeetingView update(@PathParam("blocId") UUID blocId, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull MeetingDtos.MeetingInput input) {
        return meetings.update(blocId, meetingId, input);
    }
}
