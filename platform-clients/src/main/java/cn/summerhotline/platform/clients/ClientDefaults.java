package cn.summerhotline.platform.clients;

import cn.summerhotline.platform.config.PlatformDefaults;

/** Adds {@code summer-clients.yml} behind every other property source, as the platform does its own defaults. */
public class ClientDefaults extends PlatformDefaults {

    public ClientDefaults() {
        super("summer-clients-defaults", "summer-clients.yml");
    }
}
