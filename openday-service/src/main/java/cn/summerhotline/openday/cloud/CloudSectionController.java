package cn.summerhotline.openday.cloud;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "cloud-open-day", description = "云上开放日。The cloud open day.")
class CloudSectionController {

    record SectionView(String code, int number, String titleZh, String titleEn) {}

    @Operation(
            operationId = "listCloudSections",
            summary = "云上开放日栏目 List the cloud open day's sections",
            description = "云上开放日的栏目,按顺序。The sections of the cloud open day, in order.")
    @GetMapping("/api/v1/openday/cloud/sections")
    List<SectionView> sections() {
        return Arrays.stream(CloudSection.values())
                .map(s -> new SectionView(
                        s.name(), s.ordinal() + 1, s.label().zh(), s.label().en()))
                .toList();
    }
}
