package cn.summerhotline.openday.story.application;

/** No such story, or a wrong token: both answer 404 alike, so a token cannot be guessed story by story. */
public class StoryNotFound extends RuntimeException {

    private final String id;

    public StoryNotFound(String id) {
        super("no story " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
