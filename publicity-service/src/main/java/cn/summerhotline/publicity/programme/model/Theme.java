package cn.summerhotline.publicity.programme.model;

/** A theme (专题) of a campaign year's programme: its number, title and keyword (关键词). */
public record Theme(int number, String title, String keyword) {

    public Theme {
        if (number < 1 || number > 20) {
            throw new ProgrammeRuleViolation("theme", "a theme number is 1-20: " + number);
        }
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new ProgrammeRuleViolation("theme", "a theme needs a title of at most 100 characters");
        }
        title = title.strip();
        keyword = keyword == null ? "" : keyword.strip();
    }
}
