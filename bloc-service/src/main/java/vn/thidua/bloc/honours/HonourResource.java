package vn.thidua.bloc.honours;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.bloc.blocs.BlocAccess;

@Path("/api/v1/blocs/{blocId}/honours")
@Tag(name = "Bloc honours", description = "Khen thưởng theo đề nghị của khối")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class HonourResource {

    @Inject
    BlocAccess access;

    @Inject
    HonourMapper mapper;

    @GET
    @Operation(summary = "Các khen thưởng đã có quyết định theo đề nghị của khối, năm gần nhất trước")
    public List<HonourView> list(@PathParam("blocId") UUID blocId) {
        access.viewable(blocId);
        return Honour.<Honour>list("blocId = ?1 order by year desc, decidedOn desc, recipientName", blocId).stream()
                .map(mapper::toView)
                .toList();
    }
}
