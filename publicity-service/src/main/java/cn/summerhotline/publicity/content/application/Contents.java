package cn.summerhotline.publicity.content.application;

import cn.summerhotline.publicity.content.model.Content;
import java.util.List;
import java.util.Optional;

/** Every project's content. */
public interface Contents {

    Optional<Content> byId(String id);

    List<Content> ofProject(String projectId);

    List<Content> inYear(int year);

    /** The year's published content, latest first. */
    List<Content> publishedInYear(int year, String projectId, int page, int size);

    long countPublishedInYear(int year, String projectId);

    boolean add(Content content);

    Optional<Content> update(Content content);
}
