package cn.summerhotline.publicity.coverage.application;

import cn.summerhotline.publicity.coverage.model.Coverage;
import java.util.List;

/** Media coverage of every project. */
public interface CoverageRecords {

    /** Stores the record with its {@code coverage.recorded} event. */
    void add(Coverage coverage, String unit);

    List<Coverage> inYear(int year);
}
