package cn.summerhotline.launcher;

import java.util.List;

/** One of the applications the local run starts as a child JVM, on its fixed port. */
record Module(String name, int port) {

    static final Module GATEWAY = new Module("gateway", 8080);
    static final Module COMPLAINT = new Module("complaint-service", 8081);
    static final Module PUBLICITY = new Module("publicity-service", 8082);
    static final Module OPENDAY = new Module("openday-service", 8083);
    static final Module REVIEW = new Module("review-service", 8084);

    /** The gateway last in the list: it is the one a user talks to, so it is reported last. */
    static final List<Module> ALL = List.of(COMPLAINT, PUBLICITY, OPENDAY, REVIEW, GATEWAY);

    boolean isGateway() {
        return this.equals(GATEWAY);
    }

    String localUrl() {
        return "http://127.0.0.1:" + port;
    }
}
