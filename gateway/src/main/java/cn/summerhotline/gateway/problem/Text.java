package cn.summerhotline.gateway.problem;

/** A user-facing text in the two languages the gateway answers in: zh-CN by default, English on request. */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    String in(boolean english) {
        return english ? en : zh;
    }
}
