package vn.thidua.award.honours;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;

/** The registry's open data, read by anyone and opened in a spreadsheet: nothing in it may run as a formula. */
@QuarkusTest
class OpenDataTest {

    @Test
    void hostileTextsAreNeutralisedAndDatesAreIso() throws Exception {
        Kontum k = Kontum.create();
        String person = k.person(
                k.secretariat(),
                k.divisions().get(0),
                "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")",
                "MALE",
                Map.of(),
                List.of());
        Map<String, Object> body = new HashMap<>();
        body.put("awardType", "GRASSROOTS_EMULATION_FIGHTER");
        body.put("recipientKind", "INDIVIDUAL");
        body.put("unitId", k.divisions().get(0));
        body.put("personId", person);
        body.put("year", 1987);
        body.put("decisionNumber", "-2+3/QĐ-CAT");
        body.put("decidedOn", "1988-05-01");
        body.put("authority", "@SUM(A1:A9) Giám đốc Công an tỉnh");
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/honours")
                .then()
                .statusCode(201);

        byte[] bytes = given().queryParam("year", 1987)
                .get("/api/v1/honours/open-data.csv")
                .then()
                .statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.containsString("text/csv"))
                .extract()
                .asByteArray();
        assertEquals(
                List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(bytes[0], bytes[1], bytes[2]),
                "UTF-8 with a BOM");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String row = Arrays.stream(csv.split("\n"))
                .filter(l -> l.contains("HYPERLINK"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(csv));
        assertTrue(row.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm vào đây\"\")\""), row);
        assertTrue(row.contains("'-2+3/QĐ-CAT"), row);
        assertTrue(row.contains("'@SUM(A1:A9) Giám đốc Công an tỉnh"), row);
        assertTrue(row.contains("1988-05-01"), "ISO 8601 date: " + row);
        assertFalse(row.contains("1988;5;1"), row);
        for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String value = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertFalse(
                    !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0,
                    "a cell a spreadsheet would run: " + cell);
        }

        String json = given().queryParam("year", 1987)
                .get("/api/v1/honours/open-data.json")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
        assertTrue(json.contains("\"decidedOn\":\"1988-05-01\""), json);
        assertTrue(json.contains("=HYPERLINK"), "JSON keeps the text as recorded (nothing runs it): " + json);
    }
}
