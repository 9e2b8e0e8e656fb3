package cn.summerhotline.review.screening.application;

/** No entry with that id. */
public class ScreeningWordNotFound extends RuntimeException {

    private final String id;

    public ScreeningWordNotFound(String id) {
        super("No screening word " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
