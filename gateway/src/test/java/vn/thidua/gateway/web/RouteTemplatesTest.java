package vn.thidua.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteTemplatesTest {

    @Test
    void idsAndNumbersBecomePlaceholders() {
        assertEquals(
                "/api/v1/blocs/{id}/covenants/{n}/signatures",
                RouteTemplates.of("/api/v1/blocs/3f2c8a9e-1b7d-4c2a-9e55-0a1b2c3d4e5f/covenants/2025/signatures"));
        assertEquals("/api/v1/honours/open-data.csv", RouteTemplates.of("/api/v1/honours/open-data.csv"));
        assertEquals("/assets/{id}", RouteTemplates.of("/assets/index-B3x9kQ.js"));
        assertEquals("/units/{id}", RouteTemplates.of("/units/SO-TU-PHAP"));
        assertEquals("/", RouteTemplates.of("/"));
        assertEquals("/api/v1/units/{id}", RouteTemplates.of("/api/v1/units/" + "x".repeat(60)));
    }
}
