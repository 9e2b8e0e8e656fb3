package cn.summerhotline.openday.registration.application;

import java.time.Duration;

/**
 * @param cancelBefore how long before its session a registrant may still cancel (staff may cancel any time)
 * @param repairAfter how old a PENDING registration is before the repair takes it for a crashed instance's: far
 *     longer than any request lasts
 */
public record RegistrationSettings(Duration cancelBefore, Duration repairAfter) {}
