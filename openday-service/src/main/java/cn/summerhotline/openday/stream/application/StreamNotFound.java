package cn.summerhotline.openday.stream.application;

/** No such stream. */
public class StreamNotFound extends RuntimeException {

    private final String id;

    public StreamNotFound(String id) {
        super("no stream " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
