package vn.thidua.campaign.parked;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;
import vn.thidua.platform.parking.ParkedEventsResource;

/** The events campaign-service parked, at its own address. */
@Authenticated
@Path("/api/v1/parked-events/campaign")
public class CampaignParkedEvents extends ParkedEventsResource {}
