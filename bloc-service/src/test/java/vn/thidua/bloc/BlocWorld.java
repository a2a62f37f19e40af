package vn.thidua.bloc;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.thidua.platform.testing.TestTokens;

/**
 * A fresh province for one test, shaped like Khối thi đua số 3 of Đắk Lắk: the People's Committee
 * organizes a bloc of twelve internal-affairs units.
 */
public final class BlocWorld {

    public static final List<String> KHOI_3 = List.of(
            "Thanh tra tỉnh",
            "Trại giam Đắk Tân",
            "Viện Kiểm sát nhân dân tỉnh",
            "Tòa án nhân dân tỉnh",
            "Sở Tư pháp",
            "Bộ Chỉ huy Quân sự tỉnh",
            "Cục Thi hành án dân sự tỉnh",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            "Công an tỉnh",
            "Trại giam Đắk Trung",
            "Trung đoàn Cảnh sát cơ động Tây Nguyên",
            "Lữ đoàn 198, Bộ Tư lệnh Đặc công");

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final UUID province;
    public final List<UUID> units = new ArrayList<>();
    private int blocs;

    private BlocWorld() {
        province = createUnit("Ủy ban nhân dân tỉnh Thử nghiệm " + suffix, "PROVINCE", null);
        for (String name : KHOI_3) {
            units.add(createUnit(name + " " + suffix, "AGENCY", province));
        }
    }

    public static BlocWorld create() {
        return new BlocWorld();
    }

    public static String admin() {
        return TestTokens.user("admin.test").name("Quản trị").roles("admin").get();
    }

    public String officer() {
        return TestTokens.user("officer." + suffix)
                .name("Nguyễn Thị Hoa")
                .position("Chuyên viên Ban Thi đua – Khen thưởng")
                .roles("officer")
                .unit(province)
                .get();
    }

    /** An officer of another province: out of this world's reach. */
    public static String outsideOfficer() {
        return TestTokens.user("officer.other")
                .roles("officer")
                .unit(UUID.randomUUID())
                .get();
    }

    public String leaderOf(int unitIndex) {
        return TestTokens.user("leader." + unitIndex + "." + suffix)
                .name("Phạm Văn Sáu " + unitIndex)
                .position("Thủ trưởng đơn vị")
                .roles("unit-leader")
                .unit(units.get(unitIndex))
                .get();
    }

    public String unitOfficerOf(int unitIndex) {
        return TestTokens.user("unitofficer." + unitIndex + "." + suffix)
                .roles("unit-officer")
                .unit(units.get(unitIndex))
                .get();
    }

    public UUID createUnit(String name, String kind, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public UUID createBloc(String code) {
        return UUID.fromString(given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organizingUnitId",
                        province,
                        "code",
                        code,
                        "name",
                        "Khối thi đua số 3 " + suffix,
                        "kind",
                        "BLOC",
                        "description",
                        "Khối Nội chính",
                        "foundingDocument",
                        Map.of(
                                "number",
                                "1234/QĐ-UBND",
                                "date",
                                "2021-03-15",
                                "issuer",
                                "Ủy ban nhân dân tỉnh",
                                "title",
                                "Quyết định thành lập các khối thi đua")))
                .post("/api/v1/blocs")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** The bloc with all twelve units as members from {@code joinedOn}. */
    public UUID blocWithMembers(LocalDate joinedOn) {
        UUID bloc = createBloc("KTĐ-" + (++blocs));
        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitIds", units, "joinedOn", joinedOn.toString(), "reason", "Theo Quyết định số 1234/QĐ-UBND"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(201);
        return bloc;
    }
}
