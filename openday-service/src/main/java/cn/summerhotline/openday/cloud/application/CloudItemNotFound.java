package cn.summerhotline.openday.cloud.application;

/** No such item, or not one the caller may see: both answer 404 alike. */
public class CloudItemNotFound extends RuntimeException {

    private final String id;

    public CloudItemNotFound(String id) {
        super("no cloud item " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
