package vn.thidua.replicas.unit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;

/** Read-only view of the local unit replica, for pickers and diagnostics (not routed by the gateway). */
@Path("/api/v1/units")
@Authenticated
@Tag(name = "Unit replica")
@Produces(MediaType.APPLICATION_JSON)
public class UnitReplicaResource {

    @Inject
    UnitReplicaMapper mapper;

    @GET
    @Operation(summary = "Tìm trong bản sao danh bạ đơn vị")
    public Page<UnitReplicaView> search(
            @QueryParam("q") String q, @QueryParam("active") Boolean active, @Valid @BeanParam PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.append(" and lower(name) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        return Page.of(
                UnitReplica.find(where.toString(), page.sort(Set.of("name", "updatedAt"), "name"), params),
                page,
                mapper::toView);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem một đơn vị trong bản sao")
    public UnitReplicaView get(@PathParam("id") UUID id) {
        UnitReplica unit = UnitReplica.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("đơn vị", id);
        }
        return mapper.toView(unit);
    }
}
