package vn.thidua.launcher.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A province's year of thi đua – khen thưởng, told through the public API by the demo accounts, as of the day the
 * stack first starts (year Y is that day's year): the registry holds earlier years' honours; Khối thi đua số 3 of Đắk
 * Lắk signed its covenant at its conference of 10 February (recorded now, dated then), reviewed mid-year, is scoring
 * and electing next year's head; a Kon Tum cluster is signing next year's covenant; two campaigns are taking
 * registrations and reports; nominations stand at every step, both councils are voting, a disclosure window is open
 * today and an earlier decision is issued. Every demo account finds work on its home page.
 *
 * <p>Each chapter runs once (see {@link DemoData}); the ids a later chapter needs are kept in {@link #ids}. Request
 * bodies are JSON text blocks: what the API receives is what is read here.
 */
final class DemoYear {

    static final String KT = "10000000-0000-0000-0000-0000000000";
    static final String DL = "20000000-0000-0000-0000-0000000000";

    static final String KON_TUM = KT + "01";
    static final String KT_NOI_VU = KT + "02";
    static final String KT_TU_PHAP = KT + "03";
    static final String KT_TAI_CHINH = KT + "04";
    static final String KT_GIAO_DUC = KT + "05";
    static final String KT_DAK_HA = KT + "07";
    static final String KT_CONG_AN = KT + "10";
    static final String PX03 = KT + "11";
    static final String PC02 = KT + "12";
    static final String PC08 = KT + "13";
    static final String DAK_LAK = DL + "01";
    static final String DL_THANH_TRA = DL + "02";
    static final String DL_VKS = DL + "04";
    static final String DL_TOA_AN = DL + "05";
    static final String DL_TU_PHAP = DL + "06";
    static final String DL_CONG_AN = DL + "10";
    static final String DL_CSCD = DL + "12";

    /** The twelve units of Khối thi đua số 3 (DL02…DL13) and their leaders' accounts, in the seed report's order. */
    static final List<String[]> BLOC_3 = List.of(
            new String[] {DL + "02", "thanhtra.leader"},
            new String[] {DL + "03", "daktan.leader"},
            new String[] {DL + "04", "vks.leader"},
            new String[] {DL + "05", "tand.leader"},
            new String[] {DL + "06", "tuphap.leader"},
            new String[] {DL + "07", "quansu.leader"},
            new String[] {DL + "08", "thads.leader"},
            new String[] {DL + "09", "bienphong.leader"},
            new String[] {DL + "10", "congan.leader"},
            new String[] {DL + "11", "daktrung.leader"},
            new String[] {DL + "12", "csccd.leader"},
            new String[] {DL + "13", "ld198.leader"});

    /** Đắk Lắk's Hội đồng Thi đua – Khen thưởng: the names the dev realm gives hdtd01…hdtd15, and their posts. */
    static final String[][] DL_COUNCIL = {
        {"Nguyễn Tuấn Hà", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"},
        {"Hồ Thị Thu Hà", "Trưởng ban Thi đua – Khen thưởng, Sở Nội vụ"},
        {"Trần Phú Hùng", "Giám đốc Sở Nội vụ"},
        {"Lê Thị Thanh Xuân", "Chủ tịch Liên đoàn Lao động tỉnh"},
        {"Y Giang Gry Niê Knơng", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"},
        {"Phạm Ngọc Nghị", "Giám đốc Sở Giáo dục và Đào tạo"},
        {"H' Yim Kđoh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"},
        {"Võ Văn Cảnh", "Giám đốc Sở Tài chính"},
        {"Nguyễn Thị Kim Oanh", "Chánh Văn phòng Ủy ban nhân dân tỉnh"},
        {"Đinh Xuân Diệu", "Bí thư Tỉnh Đoàn"},
        {"Bùi Hồng Sơn", "Giám đốc Sở Y tế"},
        {"Lưu Văn Khôi", "Giám đốc Sở Nông nghiệp và Môi trường"},
        {"Ksor H'Bơ Khăp", "Phó Trưởng ban Dân tộc tỉnh"},
        {"Trương Công Thái", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"},
        {"Mai Hoan Niê Kdăm", "Chủ tịch Hội Nông dân tỉnh"}
    };

    /** The clauses of Khối thi đua số 3's covenant and the points each is worth. */
    static final List<Map.Entry<String, Integer>> CLAUSES_3 = List.of(
            Map.entry("Thực hiện thắng lợi nhiệm vụ chính trị được giao", 25),
            Map.entry("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 15),
            Map.entry("Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo", 15),
            Map.entry("Bảo đảm quốc phòng – an ninh, trật tự an toàn xã hội", 15),
            Map.entry("Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", 15),
            Map.entry("Xây dựng tổ chức Đảng, cơ quan, đoàn thể trong sạch, vững mạnh", 15));

    /** A blank one-page PDF: the dossiers' scans are not part of the demo, only that they are attached. */
    static final byte[] SCAN = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                    + "trailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static final String FIGHTER = "PROVINCIAL_EMULATION_FIGHTER";
    private static final String MERIT = "PROVINCIAL_CERTIFICATE_OF_MERIT";

    private final DemoApi api;
    private final Clock clock;
    final Map<String, String> ids;
    final LocalDate today;
    final int y;

    DemoYear(DemoApi api, Clock clock, Map<String, String> ids) {
        this.api = api;
        this.clock = clock;
        this.ids = ids;
        this.today = LocalDate.now(clock);
        this.y = today.getYear();
    }

    /** The chapters in the order they happen: a name (kept once done) and what it does. */
    List<Map.Entry<String, Runnable>> chapters() {
        return List.of(
                Map.entry("people", this::people),
                Map.entry("registry", this::registry),
                Map.entry("bloc-3", this::blocThree),
                Map.entry("kon-tum-cluster", this::konTumCluster),
                Map.entry("campaigns", this::campaigns),
                Map.entry("councils", this::councils),
                Map.entry("title-registrations", this::titleRegistrations),
                Map.entry("nominations-for-the-councils", this::nominationsForTheCouncils),
                Map.entry("notice-open-today", this::noticeOpenToday),
                Map.entry("nominations-in-progress", this::nominationsInProgress),
                Map.entry("council-sessions", this::councilSessions),
                Map.entry("decision", this::decision));
    }

    // ------------------------------------------------------------------------------------------------ people

    /** The people the year's titles are about, with their yearly ratings and recognized initiatives. */
    void people() {
        person("unitofficer.demo", "mai", """
                {"unitId": "%s", "fullName": "Nguyễn Thị Mai", "gender": "FEMALE", "birthYear": 1984,
                 "position": "Trưởng phòng Hành chính tư pháp", "ratings": %s,
                 "initiatives": [{"year": %d, "level": "PROVINCE",
                   "title": "Số hóa sổ hộ tịch lưu trữ giai đoạn 1990–2015 để cấp bản sao trực tuyến",
                   "recognition": "Quyết định số 35/QĐ-HĐSK ngày 20/11/%3$d của Hội đồng Sáng kiến tỉnh Kon Tum"}]}
                """.formatted(KT_TU_PHAP, ratings("EXCELLENT", 4), y - 1));
        person("unitofficer.demo", "quang", """
                {"unitId": "%s", "fullName": "Trần Văn Quang", "gender": "MALE", "birthYear": 1976,
                 "position": "Phó Giám đốc Sở", "ratings": %s}
                """.formatted(KT_TU_PHAP, ratings("EXCELLENT", 3)));
        person("unitofficer.demo", "trang", """
                {"unitId": "%s", "fullName": "Lê Thị Thu Trang", "gender": "FEMALE", "birthYear": 1991,
                 "position": "Chuyên viên Phòng Bổ trợ tư pháp", "ratings": %s}
                """.formatted(KT_TU_PHAP, ratings("EXCELLENT", 2)));
        person("pc02.officer", "tuan", """
                {"unitId": "%s", "fullName": "Đỗ Minh Tuấn", "gender": "MALE", "birthYear": 1983,
                 "position": "Đội trưởng Đội Cảnh sát hình sự về trật tự xã hội", "ratings": %s,
                 "initiatives": [{"year": %d, "level": "PROVINCE",
                   "title": "Quy trình truy xét nhanh tội phạm trộm cắp tài sản qua dữ liệu camera an ninh",
                   "recognition": "Quyết định số 1092/QĐ-HĐSK ngày 12/10/%3$d của Hội đồng Sáng kiến tỉnh Kon Tum"}]}
                """.formatted(PC02, ratings("EXCELLENT", 4), y - 2));
        person("px03.officer", "hai", """
                {"unitId": "%s", "fullName": "Lê Văn Hải", "gender": "MALE", "birthYear": 1988,
                 "position": "Phó Trưởng phòng", "ratings": %s}
                """.formatted(PX03, ratings("EXCELLENT", 3)));
        person("pc08.officer", "trung", """
                {"unitId": "%s", "fullName": "Nguyễn Thành Trung", "gender": "MALE", "birthYear": 1987,
                 "position": "Đội trưởng Đội Tuần tra, kiểm soát giao thông đường bộ", "ratings": %s}
                """.formatted(PC08, ratings("EXCELLENT", 2)));
        person("daklak.officer", "bhin", """
                {"unitId": "%s", "fullName": "Y Bhin Niê", "gender": "MALE", "birthYear": 1981,
                 "position": "Trưởng phòng Cảnh sát điều tra tội phạm về ma túy", "ratings": %s,
                 "initiatives": [{"year": %d, "level": "PROVINCE",
                   "title": "Mô hình phối hợp phòng, chống ma túy tại buôn làng đồng bào dân tộc thiểu số",
                   "recognition": "Quyết định số 58/QĐ-HĐSK ngày 15/09/%3$d của Hội đồng Sáng kiến tỉnh Đắk Lắk"}]}
                """.formatted(DL_CONG_AN, ratings("EXCELLENT", 4), y - 1));
        person("daklak.officer", "hanh", """
                {"unitId": "%s", "fullName": "Nguyễn Thị Hạnh", "gender": "FEMALE", "birthYear": 1986,
                 "position": "Trưởng phòng Phổ biến, giáo dục pháp luật", "ratings": %s,
                 "initiatives": [{"year": %d, "level": "PROVINCE",
                   "title": "Phổ biến pháp luật bằng tiếng Ê Đê, M'nông qua trang Zalo của Sở",
                   "recognition": "Quyết định số 41/QĐ-HĐSK ngày 02/11/%3$d của Hội đồng Sáng kiến tỉnh Đắk Lắk"}]}
                """.formatted(DL_TU_PHAP, ratings("EXCELLENT", 4), y - 2));
    }

    private void person(String by, String key, String body) {
        ids.put(
                "person." + key,
                api.as(by).post("/api/v1/people", body).path("id").asText());
    }

    /** `rating` for each of the last `years` years up to this one, "Hoàn thành tốt nhiệm vụ" before. */
    private String ratings(String rating, int years) {
        Map<Integer, String> r = new LinkedHashMap<>();
        for (int year = y - 3; year <= y; year++) {
            r.put(year, year > y - years ? rating : "GOOD");
        }
        return toJson(r);
    }

    // ------------------------------------------------------------------------------------------------ registry

    /** Paper decisions of earlier years, entered by the secretariats: what the eligibility checks read. */
    void registry() {
        String stp = "Giám đốc Sở Tư pháp tỉnh Kon Tum";
        String cat = "Giám đốc Công an tỉnh Kon Tum";
        String ubndKt = "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum";
        String ubndDl = "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk";
        for (int year = y - 2; year <= y; year++) {
            String yy = Integer.toString(year % 100);
            honour("officer.demo", "GRASSROOTS_EMULATION_FIGHTER", "mai", KT_TU_PHAP, year, yy + "/QĐ-STP", stp);
            honour("police.officer", "GRASSROOTS_EMULATION_FIGHTER", "tuan", PC02, year, "12" + yy + "/QĐ-CAT", cat);
            honour(
                    "daklak.officer",
                    "GRASSROOTS_EMULATION_FIGHTER",
                    "bhin",
                    DL_CONG_AN,
                    year,
                    "24" + yy + "/QĐ-CAT",
                    "Giám đốc Công an tỉnh Đắk Lắk");
            honour(
                    "daklak.officer",
                    "GRASSROOTS_EMULATION_FIGHTER",
                    "hanh",
                    DL_TU_PHAP,
                    year,
                    "3" + yy + "/QĐ-STP",
                    "Giám đốc Sở Tư pháp tỉnh Đắk Lắk");
        }
        honour("officer.demo", "ADVANCED_WORKER", "trang", KT_TU_PHAP, y - 1, "12/QĐ-STP", stp);
        honour("officer.demo", "ADVANCED_WORKER", "quang", KT_TU_PHAP, y - 1, "12/QĐ-STP", stp);
        honour("police.officer", "ADVANCED_WORKER", "hai", PX03, y - 1, "1187/QĐ-CAT", cat);
        honour("officer.demo", "EXCELLENT_COLLECTIVE", null, KT_TU_PHAP, y - 2, "245/QĐ-UBND", ubndKt);
        honour("officer.demo", MERIT, null, KT_TU_PHAP, y - 1, "318/QĐ-UBND", ubndKt);
        honour("officer.demo", MERIT, null, KT_DAK_HA, y - 3, "2105/QĐ-UBND", ubndKt);
        honour("police.officer", "EXCELLENT_COLLECTIVE", null, PC02, y - 1, "296/QĐ-UBND", ubndKt);
        honour("police.officer", "ADVANCED_COLLECTIVE", null, PC08, y - 1, "1190/QĐ-CAT", cat);
        honour("daklak.officer", "PROVINCIAL_EMULATION_FLAG", null, DL_CONG_AN, y - 1, "152/QĐ-UBND", ubndDl);
        honour("daklak.officer", "PROVINCIAL_EMULATION_FLAG", null, DL_THANH_TRA, y - 2, "178/QĐ-UBND", ubndDl);
        honour("daklak.officer", MERIT, null, DL_TOA_AN, y - 1, "153/QĐ-UBND", ubndDl);
        honour("daklak.officer", "EXCELLENT_COLLECTIVE", null, DL_TU_PHAP, y - 1, "160/QĐ-UBND", ubndDl);
    }

    /** A year's titles are decided in the first weeks of the next year (this year's grassroots ones, in December). */
    private void honour(String by, String type, String person, String unitId, int year, String number, String who) {
        LocalDate decided = year < y ? LocalDate.of(year + 1, 1, 15) : onOrBefore(LocalDate.of(y, 12, 2));
        api.as(by)
                .post(
                        "/api/v1/honours",
                        toJson(json(
                                "awardType", type,
                                "recipientKind", person == null ? "COLLECTIVE" : "INDIVIDUAL",
                                "unitId", unitId,
                                "personId", person == null ? null : ids.get("person." + person),
                                "year", year,
                                "decisionNumber", number,
                                "decidedOn", decided.toString(),
                                "authority", who)));
    }

    // ------------------------------------------------------------------------------------------------ blocs

    /**
     * Khối thi đua số 3: founded last year; this year's covenant signed at the conference of 10 February, recorded
     * now and dated then; the mid-year review; scoring open with seven of twelve cards in; the year-end conference
     * electing next year's head and deputy, its ballots waiting for the twelve leaders.
     */
    void blocThree() {
        DemoApi.Caller officer = api.as("daklak.officer");
        String bloc =
                officer.post("/api/v1/blocs", """
                        {"organizingUnitId": "%s", "code": "KTD3-NOICHINH", "kind": "BLOC",
                         "name": "Khối thi đua số 3 (khối Nội chính)",
                         "description": "Các cơ quan nội chính và lực lượng vũ trang trên địa bàn tỉnh Đắk Lắk"}
                        """.formatted(DAK_LAK)).path("id").asText();
        ids.put("bloc.3", bloc);
        String path = "/api/v1/blocs/" + bloc;
        officer.post(path + "/members", """
                {"unitIds": %s, "joinedOn": "%d-01-05",
                 "reason": "Quyết định số 125/QĐ-HĐTĐKT ngày 05/01/%2$d về việc phân chia khối thi đua"}
                """.formatted(
                        toJson(BLOC_3.stream().map(m -> m[0]).toList()), y - 1));
        officer.put(path + "/terms/" + (y - 1), """
                {"headUnitId": "%s", "deputyUnitId": "%s", "method": "APPOINTED", "decidedOn": "%d-01-05"}
                """.formatted(DL_CONG_AN, DL_VKS, y - 1));
        officer.put(path + "/terms/" + y, """
                {"headUnitId": "%s", "deputyUnitId": "%s", "method": "APPOINTED", "decidedOn": "%s"}
                """.formatted(DL_THANH_TRA, DL_CONG_AN, onOrBefore(LocalDate.of(y, 1, 20))));

        List<Map<String, Object>> clauses = CLAUSES_3.stream()
                .map(c -> json("content", c.getKey(), "maxPoints", c.getValue()))
                .toList();
        String covenant = officer.put(path + "/covenants/" + y, """
                        {"title": "Giao ước thi đua năm %d của Khối thi đua số 3",
                         "theme": "Đoàn kết, kỷ cương, đổi mới, hiệu quả", "clauses": %s}
                        """.formatted(y, toJson(clauses)))
                .path("id")
                .asText();
        officer.post(path + "/covenants/" + y + "/open", null);
        for (String[] member : BLOC_3) {
            DemoApi.Caller leader = api.as(member[1]);
            String sha = leader.get(path + "/covenants/" + y).path("textSha256").asText();
            leader.post(path + "/covenants/" + y + "/signatures", toJson(json("textSha256", sha)));
        }
        String everyone = toJson(BLOC_3.stream()
                .map(m -> json("unitId", m[0], "representatives", "Lãnh đạo đơn vị"))
                .toList());
        officer.post(
                path + "/meetings", """
                {"kind": "COVENANT_SIGNING", "title": "Hội nghị ký kết giao ước thi đua năm %d Khối thi đua số 3",
                 "heldOn": "%s", "place": "Hội trường Thanh tra tỉnh Đắk Lắk",
                 "chairName": "Phạm Văn Sáu", "chairPosition": "Chánh Thanh tra tỉnh, Trưởng khối",
                 "agenda": "Tổng kết công tác thi đua năm %d; ký kết giao ước thi đua năm %1$d",
                 "attendance": %s,
                 "decisions": [{"kind": "COVENANT", "subjectId": "%s",
                                "summary": "Mười hai đơn vị ký kết giao ước thi đua năm %1$d"}]}
                """.formatted(y, onOrBefore(LocalDate.of(y, 2, 10)), y - 1, everyone, covenant));
        officer.post(path + "/meetings", """
                {"kind": "MID_YEAR_REVIEW", "title": "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm %d",
                 "heldOn": "%s", "place": "Hội trường Viện Kiểm sát nhân dân tỉnh Đắk Lắk",
                 "chairName": "Phạm Văn Sáu", "chairPosition": "Chánh Thanh tra tỉnh, Trưởng khối",
                 "minutes": "Các đơn vị báo cáo kết quả 6 tháng đầu năm; thống nhất tăng cường phối hợp tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống ma túy trong 6 tháng cuối năm.",
                 "attendance": %s}
                """.formatted(y, onOrBefore(LocalDate.of(y, 7, 16)), everyone));

        // scoring: Viện Kiểm sát, Tòa án, Quân sự, Thi hành án, Biên phòng, Công an and Cơ động have scored themselves
        officer.post(path + "/scoring/" + y, null);
        for (int i : new int[] {2, 3, 5, 6, 7, 8, 10}) {
            String[] member = BLOC_3.get(i);
            List<Map<String, Object>> points = IntStream.range(0, CLAUSES_3.size())
                    .mapToObj(c ->
                            json("clause", c + 1, "points", CLAUSES_3.get(c).getValue() - ((i + c) % 3) * 0.5))
                    .toList();
            api.as(member[1]).put(path + "/scoring/" + y + "/scorecards/" + member[0], toJson(json("points", points)));
        }

        String session = eventually(() -> api.as("thanhtra.leader").post("/api/v1/voting-sessions", """
                        {"kind": "BLOC", "blocId": "%s", "heldOn": "%s", "electionYear": %d,
                         "title": "Hội nghị tổng kết công tác thi đua năm %d – bầu Trưởng khối, Phó Trưởng khối năm %3$d",
                         "opensAt": "%s", "closesAt": "%s",
                         "questions": [
                           {"kind": "ELECTION", "role": "HEAD", "options": [{"unitId": "%s"}, {"unitId": "%s"}]},
                           {"kind": "ELECTION", "role": "DEPUTY", "options": [{"unitId": "%s"}, {"unitId": "%s"}]}]}
                        """.formatted(
                                bloc,
                                today,
                                y + 1,
                                y,
                                hoursFromNow(-1),
                                hoursFromNow(24 * 10),
                                DL_CONG_AN,
                                DL_VKS,
                                DL_TOA_AN,
                                DL_TU_PHAP)))
                .path("id")
                .asText();
        ids.put("session.bloc-3", session);
    }

    /** A Kon Tum cluster signs next year's covenant at this year's closing conference; nobody has signed yet. */
    void konTumCluster() {
        DemoApi.Caller officer = api.as("officer.demo");
        String bloc =
                officer.post("/api/v1/blocs", """
                        {"organizingUnitId": "%s", "code": "CTD-NOICHINH-TONGHOP", "kind": "CLUSTER",
                         "name": "Cụm thi đua các cơ quan Nội chính – Tổng hợp tỉnh Kon Tum",
                         "description": "Theo Quyết định số 56/QĐ-UBND của Ủy ban nhân dân tỉnh Kon Tum"}
                        """.formatted(KON_TUM)).path("id").asText();
        ids.put("bloc.kon-tum", bloc);
        String path = "/api/v1/blocs/" + bloc;
        officer.post(path + "/members", """
                {"unitIds": ["%s", "%s", "%s", "%s"], "joinedOn": "%s",
                 "reason": "Quyết định số 56/QĐ-UBND ngày 08/01/%d của Ủy ban nhân dân tỉnh"}
                """.formatted(
                        KT_CONG_AN, KT_TU_PHAP, KT_NOI_VU, KT_TAI_CHINH, onOrBefore(LocalDate.of(y, 1, 8)), y));
        officer.put(path + "/terms/" + (y + 1), """
                {"headUnitId": "%s", "deputyUnitId": "%s", "method": "APPOINTED", "decidedOn": "%s"}
                """.formatted(KT_TU_PHAP, KT_TAI_CHINH, today));
        officer.put(path + "/covenants/" + (y + 1), """
                {"title": "Giao ước thi đua năm %d của Cụm thi đua các cơ quan Nội chính – Tổng hợp",
                 "theme": "Chuyển đổi số, cải cách hành chính, phục vụ Nhân dân",
                 "clauses": [
                   {"content": "Hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao", "maxPoints": 30},
                   {"content": "Giải quyết 100%% thủ tục hành chính đúng hạn; tối thiểu 80%% hồ sơ trực tuyến toàn trình", "maxPoints": 25},
                   {"content": "Thực hiện tốt công tác dân vận chính quyền", "maxPoints": 15},
                   {"content": "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", "maxPoints": 15},
                   {"content": "Xây dựng cơ quan, đơn vị văn hóa, an toàn", "maxPoints": 15}]}
                """.formatted(y + 1));
        officer.post(path + "/covenants/" + (y + 1) + "/open", null);
    }

    // ------------------------------------------------------------------------------------------------ campaigns

    /**
     * The police's peak campaign for the Tết holidays: two divisions registered and submitted, Phòng Cảnh sát giao
     * thông's registration waits for its leader, the first period's reports are due. The province's digital
     * transformation campaign has just been launched to four departments.
     */
    void campaigns() {
        DemoApi.Caller police = api.as("police.officer");
        String tet = eventually(() -> police.post("/api/v1/campaigns", """
                        {"organizingUnitId": "%s", "kind": "THEMATIC", "theme": "Vì an ninh Tổ quốc",
                         "title": "Cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự Tết Nguyên đán %d",
                         "launchDocument": {"number": "2150/KH-CAT", "type": "PLAN", "date": "%s",
                           "issuer": "Công an tỉnh Kon Tum", "signerPosition": "Giám đốc",
                           "signerName": "Đại tá Nguyễn Hồng Nhật"},
                         "startsOn": "%s", "endsOn": "%2$d-02-28", "registrationDeadline": "%s",
                         "scope": {"kind": "SUBTREE", "refs": ["%1$s"]},
                         "contents": ["Tấn công, trấn áp tội phạm hình sự, ma túy, tín dụng đen",
                                      "Bảo đảm trật tự an toàn giao thông dịp Tết",
                                      "Phòng cháy, chữa cháy tại khu dân cư và chợ Tết"],
                         "targets": [
                           {"name": "Tỷ lệ điều tra, khám phá án hình sự", "unitOfMeasure": "%%", "targetValue": 85},
                           {"name": "Đối tượng truy nã bị bắt, vận động đầu thú", "unitOfMeasure": "đối tượng",
                            "targetValue": 3, "perUnit": true}],
                         "plannedAwards": [{"awardType": "PROVINCIAL_CERTIFICATE_OF_MERIT", "quantity": 3},
                                           {"awardType": "CERTIFICATE_OF_COMMENDATION", "quantity": 10}],
                         "reportingPeriods": [
                           {"name": "Đợt 1 (tháng 12/%6$d)", "startsOn": "%4$s", "endsOn": "%6$d-12-31",
                            "closesOn": "%2$d-01-05"},
                           {"name": "Đợt 2 (Tết Nguyên đán %2$d)", "startsOn": "%2$d-01-01", "endsOn": "%2$d-02-28",
                            "closesOn": "%2$d-03-05"}]}
                        """.formatted(
                                KT_CONG_AN, y + 1, today.minusDays(12), today.minusDays(10), today.plusDays(5), y)))
                .path("id")
                .asText();
        police.post("/api/v1/campaigns/" + tet + "/launch", null);
        ids.put("campaign.tet", tet);
        register(tet, "pc02", 90, 4, "Triệt xóa các ổ nhóm trộm cắp tài sản trên địa bàn thành phố", true);
        register(tet, "px03", 85, 3, "Tuyên truyền phòng, chống tội phạm trên mạng xã hội", true);
        register(tet, "pc08", 85, 3, "Mô hình \\\"Cổng trường an toàn giao thông\\\" dịp Tết", false);

        DemoApi.Caller officer = api.as("officer.demo");
        String digital = eventually(() -> officer.post("/api/v1/campaigns", """
                        {"organizingUnitId": "%s", "kind": "THEMATIC", "theme": "Chính quyền số phục vụ Nhân dân",
                         "title": "Phong trào thi đua \\"Chuyển đổi số, cải cách hành chính\\" năm %d",
                         "launchDocument": {"number": "4315/KH-UBND", "type": "PLAN", "date": "%s",
                           "issuer": "Ủy ban nhân dân tỉnh Kon Tum", "signingFor": "TM. Ủy ban nhân dân",
                           "signerPosition": "Chủ tịch", "signerName": "Lê Ngọc Tuấn"},
                         "startsOn": "%s", "endsOn": "%2$d-12-31", "registrationDeadline": "%s",
                         "scope": {"kind": "UNITS", "refs": ["%s", "%s", "%s", "%s"]},
                         "contents": ["Cung cấp dịch vụ công trực tuyến toàn trình",
                                      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                                      "Chữ ký số trong văn bản điện tử"],
                         "targets": [
                           {"name": "Hồ sơ thủ tục hành chính trực tuyến toàn trình", "unitOfMeasure": "%%",
                            "targetValue": 80},
                           {"name": "Kết quả giải quyết thủ tục hành chính được số hóa", "unitOfMeasure": "%%",
                            "targetValue": 100}],
                         "plannedAwards": [{"awardType": "PROVINCIAL_CERTIFICATE_OF_MERIT", "quantity": 4}],
                         "reportingPeriods": [
                           {"name": "6 tháng đầu năm %2$d", "startsOn": "%2$d-01-01", "endsOn": "%2$d-06-30",
                            "closesOn": "%2$d-07-10"},
                           {"name": "Năm %2$d", "startsOn": "%2$d-07-01", "endsOn": "%2$d-12-31",
                            "closesOn": "%d-01-10"}]}
                        """.formatted(
                                KON_TUM,
                                y + 1,
                                today.minusDays(6),
                                today.minusDays(5),
                                today.plusDays(12),
                                KT_NOI_VU,
                                KT_TU_PHAP,
                                KT_TAI_CHINH,
                                KT_GIAO_DUC,
                                y + 2)))
                .path("id")
                .asText();
        officer.post("/api/v1/campaigns/" + digital + "/launch", null);
        ids.put("campaign.digital", digital);
    }

    /** A division's officer prepares its registration; its leader submits it when `submit`. */
    private void register(String campaign, String division, int solved, int wanted, String pledge, boolean submit) {
        String path = "/api/v1/campaigns/" + campaign + "/registrations/mine";
        eventually(() -> api.as(division + ".officer").put(path, """
                {"targets": [{"number": 1, "value": %d}, {"number": 2, "value": %d}],
                 "pledges": [{"kind": "PRACTICAL_WORK", "title": "%s"}]}
                """.formatted(solved, wanted, pledge)));
        if (submit) {
            api.as(division + ".leader").post(path + "/submit", null);
        }
    }

    // ------------------------------------------------------------------------------------------------ councils

    /** The two provinces' councils: Đắk Lắk's fifteen of the seed report, and Kon Tum's, some voting in writing. */
    void councils() {
        List<Map<String, Object>> dl = new ArrayList<>();
        for (int i = 0; i < DL_COUNCIL.length; i++) {
            String role = i == 0 ? "CHAIR" : i == 1 ? "SECRETARY" : "MEMBER";
            dl.add(member(String.format("hdtd%02d", i + 1), DL_COUNCIL[i][0], DL_COUNCIL[i][1], role));
        }
        council("daklak.officer", "dak-lak", """
                {"organizingUnitId": "%s", "name": "Hội đồng Thi đua – Khen thưởng tỉnh Đắk Lắk",
                 "establishedBy": "Quyết định số 45/QĐ-UBND ngày 10/01/%d", "termFrom": "%2$d-01-10", "members": %s}
                """.formatted(DAK_LAK, y - 1, toJson(dl)));
        List<Map<String, Object>> kt = List.of(
                member("pct.kontum", "Nguyễn Văn Hòa", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", "CHAIR"),
                member("officer.demo", "Nguyễn Thị Hoa", "Trưởng ban Thi đua – Khen thưởng, Sở Nội vụ", "SECRETARY"),
                member("council.demo", "Đặng Thị Lan", "Giám đốc Sở Nội vụ", "MEMBER"),
                member("leader.demo", "Hoàng Đức Long", "Giám đốc Sở Tư pháp", "MEMBER"),
                member("ldld.kontum", "Y Thị Hà", "Chủ tịch Liên đoàn Lao động tỉnh", "MEMBER"),
                member("stc.kontum", "Phạm Quốc Việt", "Giám đốc Sở Tài chính", "MEMBER"),
                member("mttq.kontum", "A Pớt", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MEMBER"));
        council("officer.demo", "kon-tum", """
                {"organizingUnitId": "%s", "name": "Hội đồng Thi đua – Khen thưởng tỉnh Kon Tum",
                 "establishedBy": "Quyết định số 18/QĐ-UBND ngày 12/01/%d", "termFrom": "%2$d-01-12", "members": %s}
                """.formatted(KON_TUM, y - 1, toJson(kt)));
    }

    private void council(String by, String key, String body) {
        ids.put(
                "council." + key,
                eventually(() -> api.as(by).post("/api/v1/councils", body))
                        .path("id")
                        .asText());
    }

    private static Map<String, Object> member(String username, String name, String title, String role) {
        return json("username", username, "fullName", name, "title", title, "role", role);
    }

    // ------------------------------------------------------------------------------------------------ nominations

    /** What the units registered to strive for at the start of the year (entered now, dated then). */
    void titleRegistrations() {
        eventually(() -> api.as("unitofficer.demo").post("/api/v1/title-registrations", """
                {"unitId": "%s", "year": %d, "registeredOn": "%s",
                 "entries": [{"awardType": "PROVINCIAL_EMULATION_FIGHTER", "personId": "%s"},
                             {"awardType": "ADVANCED_WORKER", "personId": "%s"},
                             {"awardType": "ADVANCED_WORKER", "personId": "%s"},
                             {"awardType": "EXCELLENT_COLLECTIVE"}]}
                """.formatted(
                        KT_TU_PHAP,
                        y,
                        onOrBefore(LocalDate.of(y, 1, 15)),
                        ids.get("person.mai"),
                        ids.get("person.quang"),
                        ids.get("person.trang"))));
        registerFighter("pc02.officer", PC02, "tuan", LocalDate.of(y, 1, 20));
        registerFighter("daklak.officer", DL_CONG_AN, "bhin", LocalDate.of(y, 1, 25));
        registerFighter("daklak.officer", DL_TU_PHAP, "hanh", LocalDate.of(y, 1, 25));
    }

    private void registerFighter(String by, String unit, String person, LocalDate on) {
        api.as(by).post("/api/v1/title-registrations", """
                {"unitId": "%s", "year": %d, "registeredOn": "%s",
                 "entries": [{"awardType": "PROVINCIAL_EMULATION_FIGHTER", "personId": "%s"}]}
                """.formatted(
                        unit, y, onOrBefore(on), ids.get("person." + person)));
    }

    /** The four candidates for Chiến sĩ thi đua cấp tỉnh, appraised and awaiting their councils' secret ballot. */
    void nominationsForTheCouncils() {
        appraised(
                "mai",
                "unitofficer.demo",
                "officer.demo",
                KT_TU_PHAP,
                person("mai"),
                FIGHTER,
                "Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; chủ trì số hóa 126.000 trang sổ hộ tịch lưu trữ, rút thời"
                        + " gian cấp bản sao trích lục từ 3 ngày xuống trong ngày; sáng kiến được công nhận cấp tỉnh.");
        appraised(
                "tuan",
                "pc02.officer",
                "officer.demo",
                PC02,
                person("tuan"),
                FIGHTER,
                "Chỉ huy Đội khám phá 47 vụ trộm cắp tài sản, bắt 62 đối tượng, thu hồi tài sản trị giá 3,2 tỷ đồng;"
                        + " sáng kiến truy xét qua dữ liệu camera được áp dụng toàn tỉnh.");
        appraised(
                "bhin",
                "daklak.officer",
                "hdtd02",
                DL_CONG_AN,
                person("bhin"),
                FIGHTER,
                "Chủ trì triệt phá 15 đường dây mua bán trái phép chất ma túy, bắt 84 đối tượng; xây dựng 12 buôn"
                        + " không ma túy; sáng kiến được công nhận cấp tỉnh.");
        appraised(
                "hanh",
                "daklak.officer",
                "hdtd02",
                DL_TU_PHAP,
                person("hanh"),
                FIGHTER,
                "Tổ chức 230 buổi phổ biến pháp luật bằng tiếng Ê Đê, M'nông cho hơn 18.000 lượt người; sáng kiến"
                        + " phổ biến pháp luật qua Zalo được công nhận cấp tỉnh.");
    }

    /** Two Bằng khen recommended by the secretariat, on public notice since two working days ago. */
    void noticeOpenToday() {
        appraised(
                "pc08",
                "pc08.officer",
                "police.officer",
                PC08,
                collective(PC08),
                MERIT,
                "Bảo đảm trật tự an toàn giao thông năm " + y + ": tai nạn giảm trên cả ba tiêu chí; xử lý 12.400"
                        + " trường hợp vi phạm nồng độ cồn.");
        appraised(
                "hai",
                "px03.officer",
                "police.officer",
                PX03,
                person("hai"),
                MERIT,
                "Tham mưu tổ chức thành công phong trào \"Vì an ninh Tổ quốc\" năm " + y + " trong Công an tỉnh.");
        api.as("officer.demo").post("/api/v1/notices", """
                {"organizingUnitId": "%s", "opensOn": "%s", "nominationIds": ["%s", "%s"],
                 "title": "Danh sách đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen (đợt tháng 12/%d)"}
                """.formatted(
                KON_TUM, workingDaysBefore(today, 2), ids.get("nomination.pc08"), ids.get("nomination.hai"), y));
    }

    /** A dossier submitted and waiting for the secretariat; three drafts their units are still completing. */
    void nominationsInProgress() {
        String stp = draft(
                "stp",
                "unitofficer.demo",
                KT_TU_PHAP,
                collective(KT_TU_PHAP),
                MERIT,
                null,
                "Dẫn đầu khối các sở trong cải cách hành chính năm " + y + "; 100% hồ sơ hộ tịch giải quyết đúng hạn.");
        attach(stp, "unitofficer.demo", "SUBMISSION_MEMO", "ACHIEVEMENT_REPORT");
        submit(stp, "unitofficer.demo");
        String quang = draft(
                "quang",
                "unitofficer.demo",
                KT_TU_PHAP,
                person("quang"),
                MERIT,
                null,
                "Chỉ đạo liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.");
        attach(quang, "unitofficer.demo", "SUBMISSION_MEMO");
        String trung = draft(
                "trung",
                "pc08.officer",
                PC08,
                person("trung"),
                MERIT,
                null,
                "Chỉ huy tổ công tác bắt giữ 9 đối tượng đua xe trái phép trên Quốc lộ 14 trong đêm 2/9/" + y + ".");
        attach(trung, "pc08.officer", "ACHIEVEMENT_REPORT");
        draft(
                "cscd",
                "daklak.officer",
                DAK_LAK,
                collective(DL_CSCD),
                MERIT,
                "Cứu hộ, cứu nạn trong đợt mưa lũ tháng 11/" + y,
                "Di dời an toàn 1.200 hộ dân khỏi vùng ngập lụt, không để thiệt hại về người.");
    }

    /** Drafted, completed, submitted and passed by the secretariat (awaiting the council when its rule asks one). */
    private void appraised(
            String key, String unit, String secretariat, String proposer, String nominee, String type, String deed) {
        String id = draft(key, unit, proposer, nominee, type, null, deed);
        if (type.equals(FIGHTER)) {
            attach(id, unit, "SUBMISSION_MEMO", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES", "INITIATIVE_RECOGNITION");
        } else {
            attach(id, unit, "SUBMISSION_MEMO", "ACHIEVEMENT_REPORT");
        }
        submit(id, unit);
        DemoApi.Caller s = api.as(secretariat);
        long taken = s.post("/api/v1/nominations/" + id + "/appraisal?version=" + version(id, secretariat), null)
                .path("version")
                .asLong();
        s.put("/api/v1/nominations/" + id + "/appraisal", """
                {"pass": true, "note": "Hồ sơ đầy đủ, đúng quy định", "version": %d}
                """.formatted(taken));
    }

    private String person(String key) {
        return "\"nomineeKind\": \"INDIVIDUAL\", \"personId\": \"" + ids.get("person." + key) + "\"";
    }

    private static String collective(String unitId) {
        return "\"nomineeKind\": \"COLLECTIVE\", \"nomineeUnitId\": \"" + unitId + "\"";
    }

    /** A nomination drafted by its unit, or ad hoc for a deed (`occasion`) the province rewards at once. */
    private String draft(
            String key, String by, String proposer, String nominee, String type, String occasion, String deed) {
        String body = """
                {"kind": "%s", "proposerUnitId": "%s", %s, "year": %d, "awardType": "%s",
                 "occasion": %s, "achievement": %s}
                """.formatted(
                occasion == null ? "UNIT" : "AD_HOC", proposer, nominee, y, type, toJson(occasion), toJson(deed));
        String id = eventually(() -> api.as(by).post("/api/v1/nominations", body))
                .path("id")
                .asText();
        ids.put("nomination." + key, id);
        return id;
    }

    private void attach(String nomination, String by, String... kinds) {
        for (String kind : kinds) {
            String file = kind.toLowerCase().replace('_', '-') + ".pdf";
            api.as(by)
                    .upload(
                            "/api/v1/nominations/" + nomination + "/documents",
                            Map.of("kind", kind),
                            file,
                            "application/pdf",
                            SCAN);
        }
    }

    private void submit(String nomination, String by) {
        api.as(by).post("/api/v1/nominations/" + nomination + "/submit?version=" + version(nomination, by), null);
    }

    private long version(String nomination, String by) {
        return api.as(by)
                .get("/api/v1/nominations/" + nomination)
                .path("version")
                .asLong();
    }

    /** Both councils meet today on their province's candidates for Chiến sĩ thi đua cấp tỉnh; nobody has voted yet. */
    void councilSessions() {
        session("officer.demo", "kon-tum", "Kon Tum", "mai", "tuan");
        session("hdtd02", "dak-lak", "Đắk Lắk", "bhin", "hanh");
    }

    private void session(String secretary, String council, String province, String... nominations) {
        List<Map<String, Object>> questions = List.of(nominations).stream()
                .map(n -> json("kind", "APPROVAL", "nominationId", ids.get("nomination." + n)))
                .toList();
        String body = """
                {"kind": "COUNCIL", "councilId": "%s", "heldOn": "%s", "opensAt": "%s", "closesAt": "%s",
                 "title": "Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh %s xét danh hiệu Chiến sĩ thi đua cấp tỉnh năm %d",
                 "questions": %s}
                """.formatted(
                        ids.get("council." + council),
                        today,
                        hoursFromNow(-1),
                        hoursFromNow(24 * 7),
                        province,
                        y,
                        toJson(questions));
        ids.put(
                "session." + council,
                eventually(() -> api.as(secretary).post("/api/v1/voting-sessions", body))
                        .path("id")
                        .asText());
    }

    /**
     * Earlier in the year: two Bằng khen recommended, publicly listed for the working days the rules ask (no
     * objection), decided and issued; the registry and the certificates follow from the issue.
     */
    void decision() {
        appraised(
                "trang",
                "unitofficer.demo",
                "officer.demo",
                KT_TU_PHAP,
                person("trang"),
                MERIT,
                "Hoàn thành xuất sắc nhiệm vụ trợ giúp pháp lý lưu động tại 28 xã vùng sâu, vùng xa.");
        appraised(
                "dak-ha",
                "officer.demo",
                "officer.demo",
                KON_TUM,
                collective(KT_DAK_HA),
                MERIT,
                "Dẫn đầu phong trào \"Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau\" năm " + y
                        + ".");
        DemoApi.Caller officer = api.as("officer.demo");
        LocalDate posted = workingDaysBefore(today, 30);
        String decided = toJson(List.of(ids.get("nomination.trang"), ids.get("nomination.dak-ha")));
        officer.post(
                "/api/v1/notices", """
                {"organizingUnitId": "%s", "opensOn": "%s", "nominationIds": %s,
                 "title": "Danh sách đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen (đợt tháng %d/%d)"}
                """.formatted(KON_TUM, posted, decided, posted.getMonthValue(), posted.getYear()));
        JsonNode d = officer.post("/api/v1/decisions", """
                {"organizingUnitId": "%s", "number": "1568/QĐ-UBND", "issuedOn": "%s",
                 "authority": "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum", "issuingBody": "Ủy ban nhân dân tỉnh Kon Tum",
                 "signerName": "Lê Ngọc Tuấn", "signerPosition": "Chủ tịch", "signingFor": "TM. Ủy ban nhân dân",
                 "title": "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "nominationIds": %s}
                """.formatted(KON_TUM, workingDaysBefore(today, 15), decided));
        String id = d.path("id").asText();
        officer.post(
                "/api/v1/decisions/" + id + "/issue?version="
                        + d.path("version").asLong(),
                null);
        ids.put("decision.1568", id);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * A call that reads what another service learns through Kafka (units, blocs, terms, councils' people) is tried
     * again while the event is on its way.
     */
    private static <T> T eventually(Supplier<T> call) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (; ; ) {
            try {
                return call.get();
            } catch (DemoApi.Refused e) {
                boolean notYet = e.status == 403 || e.status == 404 || e.status == 409 || e.status == 422;
                if (!notYet || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A date of this year's story, or today if it has not come yet (a stack first started in January). */
    private LocalDate onOrBefore(LocalDate d) {
        return d.isAfter(today) ? today : d;
    }

    private String hoursFromNow(int hours) {
        return OffsetDateTime.now(clock).plusHours(hours).toString();
    }

    static LocalDate workingDaysBefore(LocalDate day, int count) {
        LocalDate d = day;
        for (int left = count; left > 0; ) {
            d = d.minusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    /** A JSON object from name, value pairs, in order; null values are left out. */
    static Map<String, Object> json(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    static String toJson(Object value) {
        try {
            return DemoApi.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
