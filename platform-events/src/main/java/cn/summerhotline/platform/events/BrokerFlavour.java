package cn.summerhotline.platform.events;

/**
 * The AMQP broker the services talk to. Queue arguments differ: the embedded Qpid broker closes the whole
 * connection when it sees RabbitMQ's dead-letter or queue-type arguments.
 */
public enum BrokerFlavour {
    /** RabbitMQ: quorum queues, dead-letter exchange, delivery limit. */
    RABBITMQ,
    /** The embedded Apache Qpid Broker-J: alternate exchange and Qpid's maximum delivery count. */
    QPID
}
