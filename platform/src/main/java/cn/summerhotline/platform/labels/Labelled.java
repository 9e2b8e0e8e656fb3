package cn.summerhotline.platform.labels;

/**
 * A code (usually an enum constant) that names itself in both languages. The labels endpoint answers this
 * label unless the service's message bundles name the code otherwise.
 */
public interface Labelled {

    Label label();
}
