package cn.summerhotline.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an .xlsx export as the platform's readers expect it in Excel or WPS: bold header rows that stay
 * frozen, an autofilter on the last of them, times as real Excel dates in Beijing time (so that they sort and
 * filter as dates), and columns as wide as their content (a Chinese character counts twice, capped at {@link
 * #MAX_WIDTH}). Written row by row: Apache POI's streaming workbook keeps only a window of rows in memory, so an
 * export streams from its source straight into the response.
 *
 * <pre>{@code
 * try (Spreadsheet sheet = new Spreadsheet("审计记录", List.of("时间", "事项"), "yyyy-mm-dd hh:mm")) {
 *     sheet.row().time(entry.at()).text(entry.id());
 *     sheet.write(out);
 * }
 * }</pre>
 *
 * <p>Needs {@code org.apache.poi:poi-ooxml}, which the platform leaves to the services that export.
 */
public final class Spreadsheet implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    public static final int MAX_WIDTH = 60;

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private final CellStyle bold;
    private final CellStyle date;
    private final int dateWidth;
    private final int[] widths;
    private int headerRows;
    private int next;

    /**
     * @param name the sheet's name
     * @param header the first header row; more may follow with {@link #header}
     * @param dateFormat Excel's format of the time cells, e.g. {@code yyyy-mm-dd hh:mm}
     */
    public Spreadsheet(String name, List<String> header, String dateFormat) {
        sheet = workbook.createSheet(name);
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(dateFormat));
        dateWidth = dateFormat.length();
        widths = new int[header.size()];
        header(header);
    }

    /** One more header row (e.g. the English under the Chinese), before any data row. */
    public Spreadsheet header(List<String> titles) {
        if (next > headerRows) {
            throw new IllegalStateException("header rows come before the data rows");
        }
        Row row = row();
        titles.forEach(title -> row.text(title).style(bold));
        headerRows = next;
        return this;
    }

    /** A new data row, filled cell by cell from the left. */
    public Row row() {
        return new Row(sheet.createRow(next++));
    }

    /** The data rows written so far. */
    public int rows() {
        return next - headerRows;
    }

    /** Sizes the columns, freezes the headers, sets the filter and writes the file; answers the data rows. */
    public int write(OutputStream out) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
        }
        sheet.createFreezePane(0, headerRows);
        sheet.setAutoFilter(
                new CellRangeAddress(headerRows - 1, Math.max(headerRows - 1, next - 1), 0, widths.length - 1));
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows();
    }

    /** Removes the rows flushed to temporary files. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width in Excel's character units: Chinese (full-width) characters take two. */
    public static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width +=
                    Character.isIdeographic(cp) || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** One row being filled; an absent value leaves its cell empty. */
    public final class Row {

        private final org.apache.poi.ss.usermodel.Row row;
        private int column;
        private Cell last;

        private Row(org.apache.poi.ss.usermodel.Row row) {
            this.row = row;
        }

        public Row text(String value) {
            Cell cell = cell();
            if (value != null) {
                cell.setCellValue(value);
                widen(displayWidth(value));
            }
            return this;
        }

        /** A time as an Excel date in Beijing time. */
        public Row time(Instant value) {
            Cell cell = cell();
            if (value != null) {
                cell.setCellValue(LocalDateTime.ofInstant(value, BUSINESS_ZONE));
                cell.setCellStyle(date);
                widen(dateWidth);
            }
            return this;
        }

        public Row number(Number value) {
            Cell cell = cell();
            if (value != null) {
                cell.setCellValue(value.doubleValue());
                widen(String.valueOf(value).length());
            }
            return this;
        }

        private Row style(CellStyle style) {
            last.setCellStyle(style);
            return this;
        }

        private Cell cell() {
            if (column >= widths.length) {
                throw new IllegalStateException("the sheet has " + widths.length + " columns");
            }
            last = row.createCell(column++);
            return last;
        }

        private void widen(int width) {
            widths[column - 1] = Math.max(widths[column - 1], width);
        }
    }
}
