package cn.summerhotline.review.screening.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The detectors of what must not leak from the bureau: phone numbers, resident ID numbers, document numbers,
 * intranet addresses and the markers of internal documents, each with the action its kind is configured with.
 */
public final class InternalInformation {

    private final DetectorSettings settings;
    private final WordList markers;

    public InternalInformation(DetectorSettings settings) {
        this.settings = settings;
        this.markers = WordList.of(Stream.concat(
                        settings.blockMarkers().stream().map(m -> marker(m, ScreeningAction.BLOCK)),
                        settings.flagMarkers().stream().map(m -> marker(m, ScreeningAction.FLAG)))
                .toList());
    }

    /** Everything found in the text ({@code folded} is the text as {@link WordForms#fold} gives it). */
    public List<ScreeningMatch> find(String text, WordForms.Folded folded) {
        List<ScreeningMatch> found = new ArrayList<>(markers.find(text, folded));
        String ascii = WordForms.asciiForms(text);
        for (List<Finding> findings : List.of(
                PhoneNumbers.find(ascii),
                IdNumbers.find(ascii),
                DocumentNumbers.find(ascii),
                IntranetAddresses.find(ascii))) {
            for (Finding finding : findings) {
                found.add(new ScreeningMatch(
                        finding.kind(),
                        text.substring(finding.start(), finding.end()),
                        null,
                        finding.kind().name(),
                        settings.actionOf(finding.kind()),
                        finding.start(),
                        finding.end()));
            }
        }
        return found;
    }

    private static WordList.Term marker(String marker, ScreeningAction action) {
        return new WordList.Term(
                WordForms.key(marker), marker, MatchKind.INTERNAL_MARKER.name(), action, MatchKind.INTERNAL_MARKER);
    }
}
