package cn.summerhotline.review.screening.web;

import cn.summerhotline.review.screening.application.Page;
import cn.summerhotline.review.screening.application.PreScreen;
import cn.summerhotline.review.screening.application.WordsAdded;
import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import cn.summerhotline.review.screening.model.ScreeningWord;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the pre-screen's API answers. */
final class ScreeningViews {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private ScreeningViews() {}

    record WordView(
            String id,
            String word,

            @Schema(
                    description =
                            "比对时的形式(折叠后,去掉空格符号)。The form it is matched in (folded, without spaces" + " or symbols).")
            String matchedAs,

            String tag,
            ScreeningAction action,
            String addedBy,
            OffsetDateTime addedAt) {

        static WordView of(ScreeningWord word) {
            return new WordView(
                    word.id(),
                    word.word(),
                    word.key(),
                    word.tag(),
                    word.action(),
                    word.addedBy(),
                    word.addedAt() == null ? null : OffsetDateTime.ofInstant(word.addedAt(), BUSINESS_ZONE));
        }
    }

    record WordPage(
            List<WordView> items,
            int page,
            int size,
            long total,

            @Schema(description = "词表版本(每次修改加一)。The list's version, raised by every change.")
            long listVersion) {

        static WordPage of(Page<ScreeningWord> page, long listVersion) {
            return new WordPage(
                    page.items().stream().map(WordView::of).toList(),
                    page.page(),
                    page.size(),
                    page.total(),
                    listVersion);
        }
    }

    record AddedWords(
            @Schema(description = "新加入的词条。The entries stored now.")
            List<WordView> added,

            @Schema(description = "已在词表中的相同词条(未改动)。Entries already listed as given, left as they are.")
            List<WordView> unchanged,

            long listVersion) {

        static AddedWords of(WordsAdded result) {
            return new AddedWords(
                    result.added().stream().map(WordView::of).toList(),
                    result.unchanged().stream().map(WordView::of).toList(),
                    result.listVersion());
        }
    }

    /** {@code start} inclusive, {@code end} exclusive, in UTF-16 code units of the text sent. */
    record MatchView(
            MatchKind kind,

            @Schema(description = "原文中该处的字符。The characters of the text at that place.")
            String found,

            @Schema(
                    types = {"string", "null"},
                    description = "命中的词表词条;内部信息为 null。The listed word matched; null for internal" + " information.")
            String word,

            @Schema(description = "词条的标签,或内部信息的种类。The entry's tag, or the kind of internal information.")
            String tag,

            ScreeningAction action,
            int start,
            int end) {

        static MatchView of(ScreeningMatch match) {
            return new MatchView(
                    match.kind(), match.found(), match.word(), match.tag(), match.action(), match.start(), match.end());
        }
    }

    record ScreenedView(
            @Schema(description = "有 BLOCK 命中:事项会被直接退回。A BLOCK match: the item would be rejected at once.")
            boolean blocked,

            @Schema(description = "有 FLAG 命中:审核员会看到提示。A FLAG match: the reviewer would be shown it.")
            boolean flagged,

            List<MatchView> matches,

            @Schema(description = "所用词表的版本。The version of the word list used.")
            long listVersion) {

        static ScreenedView of(PreScreen.Tried tried) {
            return new ScreenedView(
                    tried.screened().blocked(),
                    tried.screened().flagged(),
                    tried.screened().matches().stream().map(MatchView::of).toList(),
                    tried.listVersion());
        }
    }
}
