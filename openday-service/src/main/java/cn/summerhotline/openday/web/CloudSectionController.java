package cn.summerhotline.openday.web;

import cn.summerhotline.openday.model.CloudSection;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CloudSectionController {

    record SectionView(String code, int number, String titleZh, String titleEn) {}

    @GetMapping("/api/v1/openday/cloud/sections")
    List<SectionView> sections() {
        return Arrays.stream(CloudSection.values())
                .map(s -> new SectionView(s.name(), s.ordinal() + 1, s.titleZh(), s.titleEn()))
                .toList();
    }
}
