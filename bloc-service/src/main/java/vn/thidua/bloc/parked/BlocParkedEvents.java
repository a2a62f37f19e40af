package vn.thidua.bloc.parked;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;
import vn.thidua.platform.parking.ParkedEventsResource;

/** The events bloc-service parked, at its own address. */
@Authenticated
@Path("/api/v1/parked-events/bloc")
public class BlocParkedEvents extends ParkedEventsResource {}
