package cn.summerhotline.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The store and broker lines the launcher prints before it starts the services: enough for a district
 * integrator to connect a client of their own to the local run and bind a queue to the events exchange.
 * The embedded ones' credentials are printed (they are the local run's fixed ones); a real broker's password
 * and a store's are not.
 */
final class InfrastructureSummary {

    static final String EXCHANGE = "summer.events";
    private static final String DATABASES = "complaints, publicity, openday, reviews";

    private InfrastructureSummary() {}

    static List<String> lines(Endpoints endpoints, Checkout checkout) {
        return lines(endpoints, checkout, StoreKeeping.FILE);
    }

    static List<String> lines(Endpoints endpoints, Checkout checkout, StoreKeeping keeping) {
        List<String> lines = new ArrayList<>();
        if (endpoints.embeddedStore() && keeping == StoreKeeping.MEMORY) {
            lines.add("embedded store (MongoDB wire protocol) at " + endpoints.mongoUri()
                    + ", in memory: nothing is kept after Ctrl-C (SUMMER_STORE=memory)");
        } else if (endpoints.embeddedStore()) {
            lines.add("embedded store (MongoDB wire protocol) at " + endpoints.mongoUri() + ", data in "
                    + checkout.relative(checkout.store().getParent()));
        } else {
            lines.add("store: MONGODB_URI " + Redaction.uri(endpoints.mongoUri()));
        }
        lines.add("  connection string " + Redaction.uri(endpoints.mongoUri()) + " (one database per service: "
                + DATABASES + ")");
        String password = endpoints.embeddedBroker() ? endpoints.rabbitPassword() : "*** (RABBITMQ_PASSWORD)";
        if (endpoints.embeddedBroker()) {
            lines.add("embedded AMQP broker (Qpid) at " + endpoints.rabbitHost() + ":" + endpoints.rabbitPort());
        } else {
            lines.add("broker: RabbitMQ at " + endpoints.rabbitHost() + ":" + endpoints.rabbitPort());
        }
        lines.add("  AMQP 0-9-1 host " + endpoints.rabbitHost() + " port " + endpoints.rabbitPort() + " user "
                + endpoints.rabbitUser() + " password " + password + " vhost " + endpoints.rabbitVhost());
        lines.add("  events: topic exchange " + EXCHANGE
                + "; bind a queue of your own to it, e.g. with routing key complaint.*.xuhui");
        return lines;
    }
}
