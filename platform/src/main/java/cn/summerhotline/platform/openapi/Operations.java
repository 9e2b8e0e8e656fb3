package cn.summerhotline.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

/** Walks every operation of a document with its HTTP method and path. */
final class Operations {

    interface Visitor {
        void visit(String method, String path, Operation operation);
    }

    private Operations() {}

    static void each(OpenAPI openApi, Visitor visitor) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> visitor.visit(method.name(), path, operation)));
    }
}
