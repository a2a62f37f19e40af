package vn.thidua.bloc.term;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/blocs/{blocId}/terms")
@Tag(name = "Bloc terms", description = "Trưởng khối, Phó khối theo năm")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TermResource {

    @Inject
    TermService terms;

    @GET
    @Operation(summary = "Các nhiệm kỳ của khối, năm gần nhất trước")
    public List<TermDtos.TermView> list(@PathParam("blocId") UUID blocId) {
        return terms.list(blocId);
    }

    @GET
    @Path("/unapplied")
    @Operation(
            summary = "Kết quả bầu từ phiên bỏ phiếu mà khối chưa ghi nhận được, với lý do (áp dụng lại: "
                    + "POST /api/v1/parked-events/bloc/{parkedId}/retry)")
    public List<TermDtos.UnappliedElection> unapplied(@PathParam("blocId") UUID blocId) {
        return terms.unapplied(blocId);
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Nhiệm kỳ của một năm")
    public TermDtos.TermView get(@PathParam("blocId") UUID blocId, @PathParam("year") int year) {
        return terms.get(blocId, year);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi Trưởng khối, Phó khối của một năm (bầu hoặc chỉ định)")
    public TermDtos.TermView set(
            @PathParam("blocId") UUID blocId, @PathParam("year") int year, @Valid @NotNull TermDtos.SetTerm request) {
        return terms.set(blocId, year, request);
    }
}
