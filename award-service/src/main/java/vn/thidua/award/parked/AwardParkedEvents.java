package vn.thidua.award.parked;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;
import vn.thidua.platform.parking.ParkedEventsResource;

/** The events award-service parked, at its own address. */
@Authenticated
@Path("/api/v1/parked-events/award")
public class AwardParkedEvents extends ParkedEventsResource {}
