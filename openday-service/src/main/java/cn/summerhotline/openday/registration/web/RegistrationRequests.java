package cn.summerhotline.openday.registration.web;

import cn.summerhotline.openday.registration.model.Registrant;
import cn.summerhotline.openday.session.model.Audience;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class RegistrationRequests {

    private RegistrationRequests() {}

    @Schema(description = "报名。A registration for a session.")
    record RegisterBody(
            @Schema(description = "姓名。The registrant's name.", example = "王小明", maxLength = Registrant.MAX_NAME)
            @NotBlank
            @Size(max = Registrant.MAX_NAME)
            String name,

            @Schema(
                    description = "手机号码(每个号码每场只能报名一次)。A mainland mobile number, once per session.",
                    example = "13812345678")
            @NotBlank
            @Size(max = 20)
            String phone,

            @Schema(description = "人群。The audience whose quota it takes.", example = "PUBLIC") @NotNull
            Audience audience,

            @Schema(description = "同行人数(含本人,1-5)。The party, the registrant included.", example = "2")
            @NotNull
            @Min(1)
            @Max(Registrant.MAX_PARTY)
            Integer partySize) {}
}
