package vn.thidua.bloc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.platform.audit.AuditRecord;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.testing.TestTokens;

/**
 * The accounts' rules that hold before Keycloak is asked: who sees which accounts, who may give which role to
 * which unit, what a bad form or spreadsheet is told, and that nothing is written when Keycloak cannot be reached
 * (this JVM has none). Creating, inviting and signing in for real: frontend/e2e/accounts.spec.ts.
 */
@QuarkusTest
class AccountResourceTest {

    static Map<String, Object> newAccount(String username, UUID unit, String... roles) {
        return Map.of(
                "username",
                username,
                "fullName",
                "Trần Thị Bình",
                "email",
                username + "@example.gov.vn",
                "unitId",
                unit,
                "position",
                "Giám đốc Sở",
                "roles",
                List.of(roles));
    }

    @Test
    void anOfficerSeesTheAccountsOfTheUnitsTheyOrganizeAndAnAdminSeesAll() {
        BlocWorld here = BlocWorld.create();
        BlocWorld there = BlocWorld.create();
        String leader = "lanhdao." + here.suffix;
        String clerk = "canbo." + here.suffix;
        String elsewhere = "khac." + there.suffix;
        Accounts.of(leader, here.units.get(0), AccountRole.UNIT_LEADER);
        Accounts.of(clerk, here.units.get(1), AccountRole.UNIT_OFFICER, AccountRole.COUNCIL_MEMBER);
        Accounts.of(elsewhere, there.units.get(0), AccountRole.UNIT_LEADER);

        given().auth()
                .oauth2(here.officer())
                .queryParam("q", here.suffix)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.username", containsInAnyOrder(leader, clerk))
                .body(
                        "items.find { it.username == '" + clerk + "' }.roles",
                        containsInAnyOrder("UNIT_OFFICER", "COUNCIL_MEMBER"))
                .body("items.find { it.username == '" + leader + "' }.unit.name", containsString("Thanh tra tỉnh"));
        given().auth()
                .oauth2(here.officer())
                .queryParam("role", "COUNCIL_MEMBER")
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items.username", equalTo(List.of(clerk)));
        given().auth()
                .oauth2(here.officer())
                .queryParam("q", there.suffix)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(BlocWorld.admin())
                .queryParam("unitId", there.province)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items.username", equalTo(List.of(elsewhere)));
    }

    @Test
    void anAccountOutsideTheOfficersUnitsIsNotFoundForThem() {
        BlocWorld here = BlocWorld.create();
        BlocWorld there = BlocWorld.create();
        UUID id = Accounts.of("xa." + there.suffix, there.units.get(2), AccountRole.UNIT_LEADER);
        given().auth()
                .oauth2(here.officer())
                .get("/api/v1/accounts/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(there.officer())
                .get("/api/v1/accounts/" + id)
                .then()
                .statusCode(200)
                .body("username", equalTo("xa." + there.suffix));
    }

    @Test
    void unitsPeopleDoNotManageAccounts() {
        BlocWorld world = BlocWorld.create();
        given().auth()
                .oauth2(world.leaderOf(0))
                .get("/api/v1/accounts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(world.unitOfficerOf(0))
                .contentType(ContentType.JSON)
                .body(newAccount("moi." + world.suffix, world.units.get(0), "UNIT_LEADER"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(403);
    }

    @Test
    void aBadFormIsToldFieldByField() {
        BlocWorld world = BlocWorld.create();
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("username", "Nguyễn An", "fullName", "An", "email", "khong-phai-thu", "roles", List.of()))
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                containsString("username"),
                                containsString("fullName"),
                                containsString("email"),
                                containsString("unitId"),
                                containsString("roles")));
    }

    @Test
    void anOfficerGivesOnlyTheUnitsRolesAndOnlyInTheirUnits() {
        BlocWorld here = BlocWorld.create();
        BlocWorld there = BlocWorld.create();
        given().auth()
                .oauth2(here.officer())
                .contentType(ContentType.JSON)
                .body(newAccount("thuongtruc." + here.suffix, here.units.get(0), "OFFICER"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(403)
                .body("errors.field", hasItem("roles"));
        given().auth()
                .oauth2(here.officer())
                .contentType(ContentType.JSON)
                .body(newAccount("xa." + here.suffix, there.units.get(0), "UNIT_LEADER"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(403)
                .body("errors.field", hasItem("unitId"));
        given().auth()
                .oauth2(here.officer())
                .get("/api/v1/accounts/roles")
                .then()
                .statusCode(200)
                .body("find { it.role == 'UNIT_LEADER' }.grantable", equalTo(true))
                .body("find { it.role == 'UNIT_LEADER' }.label", equalTo("Lãnh đạo đơn vị"))
                .body("find { it.role == 'ADMIN' }.grantable", equalTo(false));
    }

    @Test
    void withoutKeycloakNothingIsWrittenAndTheCallerIsToldToTryAgain() {
        BlocWorld world = BlocWorld.create();
        String username = "khongluu." + world.suffix;
        long accounts = QuarkusTransaction.requiringNew().call(() -> Account.count());
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("action", "account.create"));

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(newAccount(username, world.units.get(3), "UNIT_LEADER"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("Keycloak"));

        assertEquals(accounts, (long) QuarkusTransaction.requiringNew().call(() -> Account.count()));
        assertEquals(audited, (long)
                QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("action", "account.create")));
    }

    @Test
    void anOfficerNeitherChangesTheSecretariatsAccountsNorTheirOwn() {
        BlocWorld world = BlocWorld.create();
        UUID admin = Accounts.of("quantri." + world.suffix, world.province, AccountRole.ADMIN);
        UUID self = Accounts.of("officer." + world.suffix, world.province, AccountRole.OFFICER);
        for (UUID id : List.of(admin, self)) {
            given().auth()
                    .oauth2(world.officer())
                    .post("/api/v1/accounts/" + id + "/deactivate")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(true, QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(admin).enabled));
        UUID leader = Accounts.of("lanhdao." + world.suffix, world.units.get(5), AccountRole.UNIT_LEADER);
        given().auth()
                .oauth2(world.officer())
                .queryParam("q", world.suffix)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + admin + "' }.manageable", equalTo(false))
                .body("items.find { it.id == '" + self + "' }.manageable", equalTo(false))
                .body("items.find { it.id == '" + leader + "' }.manageable", equalTo(true));
    }

    @Test
    void aStaleVersionIsAConflictNamingTheAccount() {
        BlocWorld world = BlocWorld.create();
        String username = "cu." + world.suffix;
        UUID id = Accounts.of(username, world.units.get(4), AccountRole.UNIT_OFFICER);
        Map<String, Object> body = new java.util.HashMap<>(newAccount(username, world.units.get(4), "UNIT_OFFICER"));
        body.remove("username");
        body.put("version", 7);
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString(username));
    }

    @Test
    void aSpreadsheetWithBadCellsCreatesNothingAndNamesEachCell() throws IOException {
        BlocWorld here = BlocWorld.create();
        BlocWorld there = BlocWorld.create();
        byte[] xlsx = sheet(List.of(
                List.of(
                        "tranvan.a" + here.suffix,
                        "Trần Văn A",
                        "a@example.gov.vn",
                        "Thanh tra tỉnh " + here.suffix,
                        "Chánh Thanh tra",
                        "Lãnh đạo đơn vị"),
                List.of("Trần B", "B", "khong-phai-thu", "Không có đơn vị này", "", "Giám đốc"),
                List.of(
                        "tranvan.a" + here.suffix,
                        "Trần Văn C",
                        "a@example.gov.vn",
                        "Sở Tư pháp " + there.suffix,
                        "",
                        "Cán bộ thi đua – khen thưởng đơn vị")));
        given().auth()
                .oauth2(here.officer())
                .multiPart("file", "tai-khoan.xlsx", xlsx, Spreadsheets.MEDIA_TYPE)
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("chưa tạo tài khoản nào"))
                .body(
                        "errors.field",
                        hasItems(
                                "file.row5.username",
                                "file.row5.fullName",
                                "file.row5.email",
                                "file.row5.unitId",
                                "file.row5.roles",
                                "file.row6.username",
                                "file.row6.email"))
                .body("errors.field", not(hasItem(containsString("row4"))));
        // cells right, but a unit of another province: refused by row before Keycloak is asked
        byte[] outside = sheet(List.of(List.of(
                "xa." + here.suffix,
                "Trần Văn D",
                "d@example.gov.vn",
                "Sở Tư pháp " + there.suffix,
                "",
                "Lãnh đạo đơn vị")));
        given().auth()
                .oauth2(here.officer())
                .multiPart("file", "tai-khoan.xlsx", outside, Spreadsheets.MEDIA_TYPE)
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("file.row4.unitId"));
        given().auth()
                .oauth2(here.officer())
                .multiPart("file", "tai-khoan.xlsx", "not a spreadsheet".getBytes(), Spreadsheets.MEDIA_TYPE)
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("file"));
    }

    @Test
    void theTemplateReadsBackAsOneValidRow() {
        byte[] xlsx = given().auth()
                .oauth2(TestTokens.user("officer.template").roles("officer").get())
                .get("/api/v1/accounts/import/template")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<Spreadsheets.SheetRow> rows = Spreadsheets.read(xlsx, AccountImport.HEADERS, "mẫu");
        assertEquals(1, rows.size());
        assertEquals("Lãnh đạo đơn vị", rows.get(0).cell(5));
    }

    /** A workbook with a title row, the header row on row 3 and the given rows from row 4, as the template. */
    static byte[] sheet(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Tài khoản");
            sheet.createRow(0).createCell(0).setCellValue("Danh sách tài khoản");
            var header = sheet.createRow(2);
            for (int c = 0; c < AccountImport.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(AccountImport.HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(3 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
