package cn.summerhotline.review.screening.application;

import java.util.List;
import java.util.function.Function;

/** One page of a list, counted from 0, with the total number of items that match. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
