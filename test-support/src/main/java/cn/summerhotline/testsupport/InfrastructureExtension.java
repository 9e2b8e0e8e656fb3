package cn.summerhotline.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts (once per JVM) the store and broker before a test class's Spring context is created. */
public final class InfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Infrastructure.start();
    }
}
