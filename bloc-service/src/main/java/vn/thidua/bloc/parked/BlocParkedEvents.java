package vn.thidua.bloc.parked;

import jakarta.ws.rs.Path;
import vn.thidua.platform.parking.ParkedEventsResource;

/** The events bloc-service parked, at its own address. */
@Path("/api/v1/parked-events/bloc")
public class BlocParkedEvents extends ParkedEventsResource {
}
