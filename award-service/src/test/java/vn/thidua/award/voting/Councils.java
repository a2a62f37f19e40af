package vn.thidua.award.voting;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import vn.thidua.award.Kontum;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TestTokens;

/** A provincial council for one test: member 0 chairs, member 1 is the secretary, all with their own accounts. */
record Councils(Kontum k, String id, List<String> usernames) {

    static final String[] NAMES = {
        "Nguyễn Văn Lộc",
        "Lê Thị Hoa",
        "Trần Quốc Hùng",
        "Phạm Thị Mai",
        "Võ Văn Tâm",
        "A Sang",
        "Y Liên",
        "Đỗ Minh Khoa",
        "Hoàng Thị Thu",
        "Bùi Văn Nam",
        "Đinh Thị Hạnh",
        "Ngô Quang Vinh",
        "Lý Thị Nga",
        "Huỳnh Văn Phúc",
        "Mai Thị Lan"
    };

    static Councils of(Kontum k, int size) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> usernames =
                IntStream.range(0, size).mapToObj(i -> "hd" + tag + "." + i).toList();
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Object> m = new HashMap<>();
            m.put("username", usernames.get(i));
            m.put("fullName", NAMES[i % NAMES.length]);
            m.put("role", i == 0 ? "CHAIR" : i == 1 ? "SECRETARY" : i == 2 ? "VICE_CHAIR" : "MEMBER");
            m.put("title", i == 0 ? "Chủ tịch UBND tỉnh" : i == 1 ? "Trưởng Ban Thi đua – Khen thưởng" : "Ủy viên");
            members.add(m);
        }
        Map<String, Object> body = Map.of(
                "organizingUnitId",
                k.province(),
                "name",
                "Hội đồng Thi đua – Khen thưởng tỉnh Kon Tum",
                "establishedBy",
                "Quyết định số 45/QĐ-UBND",
                "termFrom",
                TestClock.today().minusYears(1).toString(),
                "members",
                members);
        String id = given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Councils(k, id, usernames);
    }

    String member(int i) {
        return TestTokens.user(usernames.get(i))
                .name(NAMES[i % NAMES.length])
                .roles("council-member")
                .unit(k.province())
                .get();
    }

    String chair() {
        return member(0);
    }

    String secretary() {
        return member(1);
    }
}
