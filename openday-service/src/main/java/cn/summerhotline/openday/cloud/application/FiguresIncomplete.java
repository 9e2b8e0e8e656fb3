package cn.summerhotline.openday.cloud.application;

/** complaint-service answered, but without figures to publish (nothing received, nobody rated): 409. */
public class FiguresIncomplete extends RuntimeException {

    public FiguresIncomplete() {
        super("the period has no complete figures to publish");
    }
}
