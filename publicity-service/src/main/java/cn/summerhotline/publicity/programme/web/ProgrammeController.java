package cn.summerhotline.publicity.programme.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.publicity.access.Allowed;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.application.ManageProjects;
import cn.summerhotline.publicity.programme.model.Programme;
import cn.summerhotline.publicity.programme.model.ProgressStatus;
import cn.summerhotline.publicity.programme.model.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publicity")
@Tag(
        name = "programme",
        description = "宣传专题和宣传项目:计划、落实单位、宣传时间和进度。"
                + " The themes and publicity projects: plan, implementing units, periods and progress.")
class ProgrammeController {

    static final String YEAR = "活动年度,如 2021。The campaign year, e.g. 2021.";
    static final String PROJECT = "项目编号,如 p2021-04。The project's id, e.g. p2021-04.";
    private static final Pattern UNIT = Pattern.compile(ProjectRequests.UNIT);

    private final FindProjects find;
    private final ManageProjects manage;

    ProgrammeController(FindProjects find, ManageProjects manage) {
        this.find = find;
        this.manage = manage;
    }

    @Operation(
            operationId = "listThemes",
            summary = "宣传专题 List the year's themes",
            description = "任何持令牌的调用方可读,含各专题的项目编号(按调用方可见的项目)。"
                    + " Any caller with a token; with the numbers of the projects the caller may see.")
    @GetMapping("/{year}/themes")
    List<ThemeView> themes(Caller caller, @Parameter(description = YEAR, example = "2021") @PathVariable int year) {
        Programme programme = find.programme(year);
        List<Project> projects = find.visible(caller, year);
        return programme.themes().stream()
                .map(t -> ThemeView.of(
                        t,
                        projects.stream()
                                .filter(p -> p.plan().theme() == t.number())
                                .map(Project::number)
                                .toList()))
                .toList();
    }

    @Operation(
            operationId = "listProjects",
            summary = "宣传项目列表 List the year's projects",
            description = "市级看全部项目,区局、特殊单位看本单位落实的项目;可按专题、落实单位和状态(含 LATE)筛选。"
                    + " The city level sees every project, a district or special unit the ones it implements;"
                    + " filtered by theme, implementing unit and status (LATE included).")
    @GetMapping("/{year}/projects")
    List<ProjectView> list(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable int year,
            @Parameter(description = "专题编号。The theme's number.", example = "2") @RequestParam(required = false)
                    Integer theme,
            @Parameter(description = "落实单位代码。An implementing unit's code.", example = "xuhui")
                    @RequestParam(required = false)
                    String unit,
            @Parameter(description = "状态。The status.") @RequestParam(required = false) ProgressStatus status) {
        if (unit != null && !UNIT.matcher(unit).matches()) {
            throw ApiProblem.badRequest("programme.unknown-unit", "?");
        }
        if (theme != null && (theme < 1 || theme > 20)) {
            throw ApiProblem.badRequest("programme.unknown-theme", theme);
        }
        LocalDate today = find.today();
        return find.list(caller, year, theme, unit, status).stream()
                .map(p -> ProjectView.of(p, today))
                .toList();
    }

    @Operation(
            operationId = "getProject",
            summary = "宣传项目详情 Get a project",
            description = "含进度、里程碑和更正记录;调用方不可见的项目返回 404。"
                    + " With its progress, milestones and corrections; a project the caller may not see answers 404.")
    @GetMapping("/projects/{id}")
    ProjectView get(Caller caller, @Parameter(description = PROJECT, example = "p2021-04") @PathVariable String id) {
        return ProjectView.of(find.get(caller, id), find.today());
    }

    @Operation(
            operationId = "createProject",
            summary = "新建宣传项目 Create a project",
            description = "市局管理员(CITY_ADMIN)在该年度的计划中新建项目,编号顺延。"
                    + " The city bureau's admins add a project to the year's programme; it takes the next number.",
            responses = {
                @ApiResponse(responseCode = "201", description = "新建的项目。The new project."),
                @ApiResponse(responseCode = "403", description = "仅市局管理员。City admins only.")
            })
    @Allowed({Role.CITY_ADMIN})
    @PostMapping("/{year}/projects")
    ResponseEntity<ProjectView> create(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable int year,
            @Valid @RequestBody ProjectRequests.ProjectBody body) {
        FindProjects.checkYear(year);
        Project project = manage.create(caller, year, body.plan(year));
        return ResponseEntity.created(URI.create("/api/v1/publicity/projects/" + project.id()))
                .body(ProjectView.of(project, find.today()));
    }

    @Operation(
            operationId = "updateProject",
            summary = "更正宣传项目 Correct a project",
            description = "市局管理员可更正全部项目;落实单位的区局管理员可更正本单位的项目,但不能改动责任部门和落实部门"
                    + "(403 departments-city-only)。每次更正记入项目的更正记录。"
                    + " The city admin corrects any project; an implementing unit's admin its own, but not its"
                    + " departments. Each correction is recorded on the project.",
            responses = {
                @ApiResponse(responseCode = "200", description = "更正后的项目。The corrected project."),
                @ApiResponse(responseCode = "403", description = "无权修改该项目。Not allowed to change the project."),
                @ApiResponse(responseCode = "409", description = "项目正被同时修改。The project kept changing.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN})
    @PutMapping("/projects/{id}")
    ProjectView update(
            Caller caller,
            @Parameter(description = PROJECT, example = "p2021-04") @PathVariable String id,
            @Valid @RequestBody ProjectRequests.ProjectBody body) {
        Project current = find.get(caller, id);
        return ProjectView.of(manage.revise(caller, id, body.plan(current.year()), body.note()), find.today());
    }

    @Operation(
            operationId = "reportProgress",
            summary = "报告项目进度 Report a project's progress",
            description = "状态(PLANNED、PREPARING、PUBLISHING、DONE;LATE 由系统判定)、完成百分比和里程碑(计划和实际日期)。"
                    + " Status (LATE is the system's verdict, never reported), percent, and dated milestones.",
            responses = {
                @ApiResponse(responseCode = "200", description = "报告后的项目。The project with its progress."),
                @ApiResponse(responseCode = "403", description = "无权修改该项目。Not allowed to change the project."),
                @ApiResponse(responseCode = "409", description = "项目正被同时修改。The project kept changing.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN})
    @PutMapping("/projects/{id}/progress")
    ProjectView progress(
            Caller caller,
            @Parameter(description = PROJECT, example = "p2021-04") @PathVariable String id,
            @Valid @RequestBody ProjectRequests.ProgressBody body) {
        return ProjectView.of(manage.report(caller, id, body.progress()), find.today());
    }
}
