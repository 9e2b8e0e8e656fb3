package cn.summerhotline.publicity.programme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.publicity.PublicityApi;
import cn.summerhotline.publicity.importing.application.ImportPlan;
import cn.summerhotline.publicity.importing.model.PlanDocument;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The programme as the city bureau office and the district bureaus see and correct it. */
class ProgrammeIT extends PublicityApi {

    /** Number, theme, title, implementing units and period of the 15 projects, as the plan prints them. */
    private static final String[][] PRINTED = {
        {"1", "1", "毗邻区域共同管辖执法", "qingpu", "7月"},
        {"2", "1", "长三角一体化城市管理执法区域协作", "chongming", "7月"},
        {"3", "2", "开展夏季专项执法行动", "city-office,city-coordination", "8月上旬"},
        {"4", "2", "开展预防群租安全隐患普法", "xuhui", "8月上旬"},
        {"5", "2", "党建引领小区自治", "changning", "8月"},
        {"6", "2", "苏州河沿岸治理提升居民生活出行环境", "putuo", "8月"},
        {"7", "2", "精准靶向解决为民诉求", "jiading", "7月"},
        {"8", "2", "精准靶向解决为民诉求", "jiading", "7月"},
        {"9", "3", "“7.15 公众开放日”", "city-office", "7月15日"},
        {"10", "3", "创新夏令执法新模式", "pudong", "8月"},
        {"11", "3", "智慧城管引领环境整治", "pudong", "8月"},
        {"12", "3", "持续加大固废法宣传力度", "baoshan", "7月"},
        {"13", "3", "花博区域持续保障", "chongming", "7月"},
        {"14", "4", "女子城管队伍风采展示", "pudong", "7月"},
        {"15", "4", "听优秀党务工作者的故事", "putuo", "7月"}
    };

    @Autowired
    ImportPlan importPlan;

    @Autowired
    ConnectionFactory connectionFactory;

    /** The seed as on a fresh start: 2021 forgotten, then imported from the shipped file. */
    private void freshSeed() {
        forget(2021);
        importPlan.seed(2021, JSON.treeToValue(plan(2021), PlanDocument.class), "plans/summer-hotline-2021.json");
    }

    @Test
    void shouldHoldThe15ProjectsOf2021WithThemesDepartmentsAndPeriodsAsPrinted() {
        freshSeed();
        JsonNode projects =
                get("/api/v1/publicity/2021/projects", CITY_ADMIN).expect(200).json();

        assertThat(projects).hasSize(15);
        for (int i = 0; i < PRINTED.length; i++) {
            JsonNode p = projects.get(i);
            List<String> units = new ArrayList<>();
            p.path("implementing").forEach(u -> units.add(u.path("code").asString()));
            assertThat(List.of(
                            p.path("number").asString(),
                            p.path("theme").asString(),
                            p.path("title").asString(),
                            String.join(",", units),
                            p.path("period").path("text").asString()))
                    .containsExactly(PRINTED[i]);
            assertThat(p.path("responsible").get(0).path("code").asString()).isEqualTo("city");
        }
        JsonNode themes =
                get("/api/v1/publicity/2021/themes", MEDIA).expect(200).json();
        assertThat(themes).hasSize(4);
        assertThat(themes.get(0).path("title").asString()).isEqualTo("凝心聚力助推国家战略");
        assertThat(themes.get(3).path("keyword").asString()).isEqualTo("传承行业精神");
        assertThat(projects.get(2).path("period").path("end").asString()).isEqualTo("2021-08-10");
    }

    @Test
    void shouldNameTheProject8DefectInThe2021ImportReport() {
        freshSeed();
        JsonNode report = get("/api/v1/publicity/2021/import-report", CITY_ADMIN)
                .expect(200)
                .json();

        assertThat(report.path("imported")).hasSize(15);
        List<String> messages = new ArrayList<>();
        report.path("defects").forEach(d -> {
            assertThat(d.path("project").asInt()).isEqualTo(8);
            messages.add(d.path("kind").asString() + ": " + d.path("message").asString());
        });
        assertThat(messages)
                .containsExactlyInAnyOrder(
                        "DUPLICATE_TITLE_AND_DEPARTMENT: 项目 8 的名称“精准靶向解决为民诉求”和落实部门（嘉定区）与项目 7 相同，已按原文导入，请核对。",
                        "TEXT_ABOUT_ANOTHER_UNIT: 项目 8 的内容写的是徐汇区，落实部门却是嘉定区，已按原文导入，请核对。");
        get("/api/v1/publicity/2021/import-report", XUHUI_ADMIN).refused(403, "forbidden");
    }

    @Test
    void shouldShowADistrictOnlyTheProjectsItImplements() {
        importTestYear();

        JsonNode xuhui = get("/api/v1/publicity/" + YEAR + "/projects", XUHUI_ADMIN)
                .expect(200)
                .json();
        assertThat(xuhui).hasSize(1);
        assertThat(xuhui.get(0).path("id").asString()).isEqualTo(project(4));
        assertThat(get("/api/v1/publicity/" + YEAR + "/projects", JIADING_ADMIN).json())
                .hasSize(2);
        get("/api/v1/publicity/projects/" + project(5), XUHUI_ADMIN).refused(404, "not-found");
        assertThat(get("/api/v1/publicity/" + YEAR + "/projects?theme=2", CITY_ADMIN)
                        .json())
                .hasSize(6);
        assertThat(get("/api/v1/publicity/" + YEAR + "/projects?unit=pudong", CITY_ADMIN)
                        .json())
                .hasSize(3);
    }

    @Test
    void shouldLetTheImplementingUnitCorrectItsProjectWithAnAuditButNotItsDepartments() {
        importTestYear();
        ObjectNode body = body(project(4));
        body.put("description", "徐汇区局法治科联合专业中队在全区 13 个街镇开展巡回宣讲。");
        body.put("note", "按区局来文更正");

        JsonNode corrected = put("/api/v1/publicity/projects/" + project(4), XUHUI_ADMIN, body.toString())
                .expect(200)
                .json();

        JsonNode correction = corrected.path("corrections").get(0);
        assertThat(correction.path("by").asString()).isEqualTo("xuhui-admin");
        assertThat(correction.path("fields").get(0).asString()).isEqualTo("description");
        assertThat(correction.path("note").asString()).isEqualTo("按区局来文更正");
        body.putArray("implementing").add("xuhui").add("minhang");
        put("/api/v1/publicity/projects/" + project(4), XUHUI_ADMIN, body.toString())
                .refused(403, "departments-city-only");
        put(
                        "/api/v1/publicity/projects/" + project(5),
                        XUHUI_ADMIN,
                        body(project(5)).toString())
                .refused(404, "not-found");
        put(
                        "/api/v1/publicity/projects/" + project(4),
                        XUHUI_OFFICER,
                        body(project(4)).toString())
                .refused(403, "forbidden");
        ObjectNode fixed = body(project(8));
        fixed.putArray("implementing").add("xuhui");
        fixed.put("title", "规范建筑工地文明施工监管");
        JsonNode eight = put("/api/v1/publicity/projects/" + project(8), CITY_ADMIN, fixed.toString())
                .expect(200)
                .json();
        assertThat(eight.path("implementing").get(0).path("code").asString()).isEqualTo("xuhui");
        assertThat(get("/api/v1/publicity/projects/" + project(8), XUHUI_ADMIN)
                        .expect(200)
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void shouldLetOnlyTheCityAdminCreateAProjectAndTellSubscribers() {
        importTestYear();
        ObjectNode body = body(project(4));
        body.put("title", "夏令热线回访");
        post("/api/v1/publicity/" + YEAR + "/projects", XUHUI_ADMIN, body.toString())
                .refused(403, "forbidden");

        try (EventTap tap = EventTap.bind(connectionFactory, "publicity-project-it", "project.created.xuhui")) {
            JsonNode created = post("/api/v1/publicity/" + YEAR + "/projects", CITY_ADMIN, body.toString())
                    .expect(201)
                    .json();

            assertThat(created.path("number").asInt()).isEqualTo(16);
            Message message = tap.receive(10_000);
            assertThat(message).isNotNull();
            String envelope = new String(message.getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("project-created.v1.schema.json", envelope);
            assertThat(JSON.readTree(envelope).path("subject").asString()).isEqualTo(project(16));
        }
    }

    @Test
    void shouldRefuseBadInputWithAChineseProblemAndChangeNothing() {
        importTestYear();
        ObjectNode body = body(project(4));
        body.put("theme", 9);
        post("/api/v1/publicity/" + YEAR + "/projects", CITY_ADMIN, body.toString())
                .refused(400, "invalid-request");
        body.put("theme", 2);
        body.putArray("implementing").add("mars");
        Answer unknown = post("/api/v1/publicity/" + YEAR + "/projects", CITY_ADMIN, body.toString());
        unknown.refused(400, "invalid-request");
        assertThat(unknown.json().path("detail").asString()).isEqualTo("单位代码“mars”不在组织名录中。");
        Answer english =
                call(HttpMethod.POST, "/api/v1/publicity/" + YEAR + "/projects", CITY_ADMIN, body.toString(), "en");
        assertThat(english.json().path("detail").asString())
                .isEqualTo("Unit code \"mars\" is not in the organisation.");
        put(
                        "/api/v1/publicity/projects/" + project(4) + "/progress",
                        XUHUI_ADMIN,
                        json("status", "LATE", "percent", 10))
                .refused(400, "invalid-request");
        assertThat(get("/api/v1/publicity/" + YEAR + "/projects", CITY_ADMIN).json())
                .hasSize(15);
        post("/api/v1/publicity/" + YEAR + "/imports", CITY_ADMIN, plan(YEAR).toString())
                .refused(409, "programme-exists");
    }

    /** A project's current plan as a PUT body. */
    private ObjectNode body(String id) {
        JsonNode p =
                get("/api/v1/publicity/projects/" + id, CITY_ADMIN).expect(200).json();
        ObjectNode body = JSON.createObjectNode();
        body.put("title", p.path("title").asString());
        body.put("theme", p.path("theme").asInt());
        var responsible = body.putArray("responsible");
        p.path("responsible").forEach(u -> responsible.add(u.path("code").asString()));
        var implementing = body.putArray("implementing");
        p.path("implementing").forEach(u -> implementing.add(u.path("code").asString()));
        ObjectNode period = body.putObject("period");
        period.put("month", p.path("period").path("month").asInt());
        if (!p.path("period").path("part").isNull()) {
            period.put("part", p.path("period").path("part").asString());
        }
        if (!p.path("period").path("day").isNull()) {
            period.put("day", p.path("period").path("day").asInt());
        }
        body.put("description", p.path("description").asString());
        return body;
    }
}
