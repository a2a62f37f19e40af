package vn.thidua.campaign.showcase;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.campaign.CampaignResourceTest;
import vn.thidua.campaign.campaign.CampaignResourceTest.Police;
import vn.thidua.campaign.review.ReviewResourceTest;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.Uploads;

@QuarkusTest
class ShowcaseResourceTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    static Map<String, Object> model(String title) {
        return Map.of(
                "title",
                title,
                "description",
                "Lắp camera tại các điểm giao cắt, kết nối với tổ an ninh tự quản",
                "place",
                "Phường Duy Tân, thành phố Kon Tum",
                "results",
                "Giảm 40% vụ trộm cắp tài sản sau 3 tháng");
    }

    static String publish(Police p, String campaign, int division, String title) {
        return given().auth()
                .oauth2(p.unitOfficer(division))
                .contentType(ContentType.JSON)
                .body(model(title))
                .post("/api/v1/campaigns/{id}/models", campaign)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aUnitPublishesAModelWithPhotosAndOtherUnitsAdoptIt() throws Exception {
        Police p = CampaignResourceTest.police();
        String campaign = ReviewResourceTest.launched(p);
        String camera = publish(p, campaign, 0, "Mô hình Camera an ninh khu dân cư");
        String road = publish(p, campaign, 1, "Tuyến đường an toàn giao thông");

        String photo = given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file("Camera ngã tư.png", "image/png", PNG))
                .post("/api/v1/models/{id}/photos", camera)
                .then()
                .statusCode(201)
                .body("filename", equalTo("Camera ngã tư.png"))
                .extract()
                .path("id");
        byte[] back = given().auth()
                .oauth2(p.unitOfficer(3))
                .get("/api/v1/models/{m}/photos/{p}", camera, photo)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        Assertions.assertArrayEquals(PNG, back);

        // a unit outside the campaign may still learn from the model and adopt it
        given().auth()
                .oauth2(p.unitOfficer(3))
                .contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", TestClock.today().toString(), "note", "Triển khai tại 3 phường"))
                .post("/api/v1/models/{id}/adoptions", camera)
                .then()
                .statusCode(201)
                .body("adoptionCount", equalTo(1))
                .body("canAdopt", equalTo(false))
                .body("adoptions[0].note", equalTo("Triển khai tại 3 phường"));
        given().auth()
                .oauth2(p.unitOfficer(2))
                .contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", TestClock.today().toString()))
                .post("/api/v1/models/{id}/adoptions", camera)
                .then()
                .statusCode(201)
                .body("adoptionCount", equalTo(2));

        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/models?campaignId={c}", campaign)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", equalTo(camera))
                .body("items[0].adoptionCount", equalTo(2))
                .body("items[0].photos", hasSize(1))
                .body("items[1].id", equalTo(road));
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/models?q={q}", "tuyến đường an toàn")
                .then()
                .body("items.id", org.hamcrest.Matchers.hasItem(road));
        given().auth()
                .oauth2(p.unitOfficer(0))
                .get("/api/v1/models/{id}", camera)
                .then()
                .body("ownUnit", equalTo(true))
                .body("canAdopt", equalTo(false));
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/dashboard", campaign)
                .then()
                .statusCode(200)
                .body("models", equalTo(2))
                .body("adoptions", equalTo(2));
    }

    @Test
    void adoptingTwiceOrOwnModelsPublishingOutOfScopeAndNonImagePhotosAreRefused() throws Exception {
        Police p = CampaignResourceTest.police();
        String campaign = ReviewResourceTest.launched(p);
        String camera = publish(p, campaign, 0, "Mô hình Camera an ninh khu dân cư");

        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", TestClock.today().toString()))
                .post("/api/v1/models/{id}/adoptions", camera)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", TestClock.today().toString()))
                .post("/api/v1/models/{id}/adoptions", camera)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", TestClock.today().toString()))
                .post("/api/v1/models/{id}/adoptions", camera)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(p.unitOfficer(2))
                .contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", TestClock.today().plusDays(3).toString()))
                .post("/api/v1/models/{id}/adoptions", camera)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("adoptedOn"));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", TestClock.today().toString()))
                .post("/api/v1/models/{id}/adoptions", camera)
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(p.unitOfficer(3))
                .contentType(ContentType.JSON)
                .body(model("Ngoài phạm vi"))
                .post("/api/v1/campaigns/{id}/models", campaign)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Thiếu nội dung"))
                .post("/api/v1/campaigns/{id}/models", campaign)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("place"));

        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file("bao-cao.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/models/{id}/photos", camera)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("JPG"));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file("anh.png", "image/png", PNG))
                .post("/api/v1/models/{id}/photos", camera)
                .then()
                .statusCode(403);

        Map<String, Object> edit = new java.util.HashMap<>(model("Mô hình Camera an ninh – mở rộng"));
        edit.put("version", 5);
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/models/{id}", camera)
                .then()
                .statusCode(409);
        edit.put("version", 0);
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/models/{id}", camera)
                .then()
                .statusCode(200)
                .body("title", equalTo("Mô hình Camera an ninh – mở rộng"));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/models/{id}", camera)
                .then()
                .statusCode(403);
    }
}
