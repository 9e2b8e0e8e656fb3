package cn.summerhotline.review.screening.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each kind of internal information does to an item, and the markers that say a text is not for the public.
 * Markers are matched like listed words (folded, noise skipped); those under {@code blockMarkers} block, those
 * under {@code flagMarkers} flag; {@code actions} names the action of each other detector's kind.
 *
 * <p>The defaults, as the city bureau would have them ("nothing internal leaks"):
 *
 * <ul>
 *   <li>ID numbers BLOCK: a resident's ID never belongs in published content, whoever it belongs to.
 *   <li>Document numbers BLOCK: a number such as 沪城管执〔2021〕64号 in publicity copy comes from a pasted internal
 *       notice; public documents are cited by their title. The submitter sees why and takes it out.
 *   <li>Intranet addresses BLOCK: they map the bureau's network for anyone who reads the page.
 *   <li>Mobile and landline numbers FLAG: units do publish service lines and duty phones for citizens; whether a
 *       number is such a line or someone's own is for the first reviewer to decide.
 *   <li>Markers: the ones that classify a document (内部资料, 机密, 不宜公开, ...) BLOCK; {@code 内部} alone, 保密 and
 *       秘密 FLAG, since ordinary copy uses them too (小区内部道路, 揭开秘密).
 * </ul>
 */
public record DetectorSettings(
        Map<MatchKind, ScreeningAction> actions, List<String> blockMarkers, List<String> flagMarkers) {

    public static final List<String> BLOCK_MARKERS = List.of(
            "内部资料", "内部文件", "内部材料", "内部使用", "内部传阅", "内部参考", "内部刊物", "仅供内部", "不宜公开", "不予公开", "不得公开", "不得外传", "严禁外传",
            "禁止外传", "注意保密", "工作秘密", "机密", "绝密", "涉密");
    public static final List<String> FLAG_MARKERS = List.of("内部", "保密", "秘密");

    public DetectorSettings {
        Map<MatchKind, ScreeningAction> complete = new EnumMap<>(defaultActions());
        if (actions != null) {
            complete.putAll(actions);
        }
        // A listed word's action is the entry's; a marker's is the list it is on.
        complete.remove(MatchKind.WORD);
        complete.remove(MatchKind.INTERNAL_MARKER);
        actions = Map.copyOf(complete);
        blockMarkers = blockMarkers == null ? BLOCK_MARKERS : List.copyOf(blockMarkers);
        flagMarkers = flagMarkers == null ? FLAG_MARKERS : List.copyOf(flagMarkers);
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(null, null, null);
    }

    public ScreeningAction actionOf(MatchKind kind) {
        return actions.get(kind);
    }

    private static Map<MatchKind, ScreeningAction> defaultActions() {
        Map<MatchKind, ScreeningAction> actions = new EnumMap<>(MatchKind.class);
        actions.put(MatchKind.MOBILE_NUMBER, ScreeningAction.FLAG);
        actions.put(MatchKind.LANDLINE_NUMBER, ScreeningAction.FLAG);
        actions.put(MatchKind.ID_NUMBER, ScreeningAction.BLOCK);
        actions.put(MatchKind.DOCUMENT_NUMBER, ScreeningAction.BLOCK);
        actions.put(MatchKind.INTRANET_ADDRESS, ScreeningAction.BLOCK);
        return actions;
    }
}
