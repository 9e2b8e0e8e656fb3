package cn.summerhotline.review.screening.application;

/** An entry of a batch was stored by another request meanwhile: the batch is to be looked at again. */
public class ConcurrentListChange extends RuntimeException {

    public ConcurrentListChange(String id) {
        super("Entry " + id + " was stored meanwhile");
    }
}
