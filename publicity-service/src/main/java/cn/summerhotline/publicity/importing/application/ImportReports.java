package cn.summerhotline.publicity.importing.application;

import cn.summerhotline.publicity.importing.model.ImportReport;
import java.util.Optional;

/** The kept import report of each year. */
public interface ImportReports {

    /** Keeps the report as the year's (replacing an earlier one of the same import). */
    void keep(ImportReport report);

    Optional<ImportReport> ofYear(int year);
}
