package vn.thidua.bloc.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.platform.testing.Uploads;

@QuarkusTest
class MeetingResourceTest {

    static Map<String, Object> midYearReview(BlocWorld world, List<Map<String, Object>> decisions) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MID_YEAR_REVIEW");
        body.put("title", "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026");
        body.put("heldOn", "2026-07-15");
        body.put("place", "Hội trường Thanh tra tỉnh");
        body.put("chairName", "Phạm Văn Sáu");
        body.put("chairPosition", "Phó Chánh Thanh tra tỉnh");
        body.put("agenda", "1. Báo cáo sơ kết 6 tháng\n2. Nhiệm vụ 6 tháng cuối năm");
        body.put("minutes", "Các đại biểu thảo luận, đánh giá kết quả đạt được.");
        body.put(
                "attendance",
                List.of(
                        Map.of(
                                "unitId",
                                world.units.get(0),
                                "representatives",
                                "Ông Phạm Văn Sáu – Phó Chánh Thanh tra tỉnh"),
                        Map.of(
                                "unitId",
                                world.units.get(11),
                                "representatives",
                                "Đại tá Nguyễn Minh Mạnh – Chính ủy")));
        body.put("decisions", decisions);
        return body;
    }

    @Test
    void theMidYearReviewIsRecordedWithItsAttendeesAndDecisions() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        String term = given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "headUnitId",
                        world.units.get(0),
                        "deputyUnitId",
                        world.units.get(8),
                        "method",
                        "APPOINTED",
                        "decidedOn",
                        "2026-01-05"))
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(200)
                .extract()
                .path("id");

        String id = given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(midYearReview(
                        world,
                        List.of(Map.of(
                                "kind",
                                "TERM",
                                "subjectId",
                                term,
                                "summary",
                                "Thống nhất Thanh tra tỉnh tiếp tục làm Trưởng khối"))))
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(201)
                .body("attendance", hasSize(2))
                .body(
                        "attendance.find { it.unit.id == '" + world.units.get(0) + "' }.representatives",
                        containsString("Phạm Văn Sáu"))
                .body("decisions[0].kind", equalTo("TERM"))
                .body("decisions[0].subjectId", equalTo(term))
                .extract()
                .path("id");

        given().auth()
                .oauth2(world.leaderOf(5))
                .get("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(200)
                .body("[0].id", equalTo(id))
                .body("[0].kind", equalTo("MID_YEAR_REVIEW"))
                .body("[0].manageable", equalTo(false));

        Map<String, Object> edit = midYearReview(world, List.of());
        edit.put("minutes", "Biên bản đã chỉnh sửa");
        edit.put("version", 0);
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/blocs/{id}/meetings/{m}", bloc, id)
                .then()
                .statusCode(200)
                .body("minutes", equalTo("Biên bản đã chỉnh sửa"))
                .body("decisions", hasSize(0));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/blocs/{id}/meetings/{m}", bloc, id)
                .then()
                .statusCode(409);
    }

    @Test
    void aMeetingNamesOnlyMembersAndThingsOfItsOwnBloc() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        UUID outsider = world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province);
        Map<String, Object> body = midYearReview(world, List.of());
        body.put("attendance", List.of(Map.of("unitId", outsider)));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attendance[0].unitId"))
                .body("errors[0].message", containsString("không phải thành viên"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(midYearReview(
                        world, List.of(Map.of("kind", "COVENANT", "subjectId", UUID.randomUUID(), "summary", "x"))))
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("decisions[0].subjectId"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(midYearReview(world, List.of(Map.of("kind", "RANKING", "summary", "x"))))
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("decisions[0].subjectId"));
        Map<String, Object> noChair = midYearReview(world, List.of());
        noChair.remove("chairName");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(noChair)
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("chairName"));
        given().auth()
                .oauth2(world.leaderOf(3))
                .contentType(ContentType.JSON)
                .body(midYearReview(world, List.of()))
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .body("", hasSize(0));
    }

    @Test
    void aTermElectedAtAMeetingNamesAMeetingOfTheBloc() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        Map<String, Object> term = Map.of(
                "headUnitId",
                world.units.get(0),
                "deputyUnitId",
                world.units.get(8),
                "method",
                "APPOINTED",
                "decidedOn",
                "2026-01-05",
                "meetingId",
                UUID.randomUUID());
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(term)
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("meetingId"));
    }

    @Test
    void filesAreAttachedCheckedAndDownloadedAsTheyWere() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        String meeting = given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(midYearReview(world, List.of()))
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        byte[] pdf = "%PDF-1.7\nBiên bản hội nghị sơ kết".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        String id = given().auth()
                .oauth2(world.officer())
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file("Biên bản sơ kết 6 tháng.pdf", "application/pdf", pdf))
                .post("/api/v1/blocs/{id}/meetings/{m}/attachments", bloc, meeting)
                .then()
                .statusCode(201)
                .body("filename", equalTo("Biên bản sơ kết 6 tháng.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .extract()
                .path("id");
        byte[] back = given().auth()
                .oauth2(world.leaderOf(4))
                .get("/api/v1/blocs/{id}/meetings/{m}/attachments/{a}", bloc, meeting, id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''Bi%C3%AAn"))
                .extract()
                .asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, back);
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/meetings/{m}", bloc, meeting)
                .then()
                .body("attachments", hasSize(1))
                .body("attachments[0].sha256", org.hamcrest.Matchers.hasLength(64));

        given().auth()
                .oauth2(world.officer())
                .multiPart("file", "virus.pdf", "MZ\u0090".getBytes(), "application/pdf")
                .post("/api/v1/blocs/{id}/meetings/{m}/attachments", bloc, meeting)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("không đúng định dạng"));
        given().auth()
                .oauth2(world.officer())
                .multiPart("file", "script.exe", new byte[] {1, 2, 3}, "application/octet-stream")
                .post("/api/v1/blocs/{id}/meetings/{m}/attachments", bloc, meeting)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
        given().auth()
                .oauth2(world.leaderOf(4))
                .multiPart("file", "a.pdf", pdf, "application/pdf")
                .post("/api/v1/blocs/{id}/meetings/{m}/attachments", bloc, meeting)
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(world.officer())
                .delete("/api/v1/blocs/{id}/meetings/{m}/attachments/{a}", bloc, meeting, id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/meetings/{m}/attachments/{a}", bloc, meeting, id)
                .then()
                .statusCode(404);
    }
}
