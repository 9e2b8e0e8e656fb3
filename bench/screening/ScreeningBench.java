import cn.summerhotline.review.screening.application.Page;
import cn.summerhotline.review.screening.application.PreScreen;
import cn.summerhotline.review.screening.application.ScreeningWords;
import cn.summerhotline.review.screening.application.WordFilter;
import cn.summerhotline.review.screening.model.DetectorSettings;
import cn.summerhotline.review.screening.model.InternalInformation;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningWord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Screening throughput of review-service's pre-screen (PreScreen: the compiled word list and every detector of
 * internal information), in process, on deterministic data: texts of 2,000 characters against a generated list
 * of 10,000 words and, in the same run and interleaved, of 1,000 words. Run by bench/screening/run.sh.
 *
 * Arguments: the results file, warm-up seconds, rounds, seconds per round, then the libraries' names for the
 * report.
 */
public class ScreeningBench {

    static final int TEXT_LENGTH = 2_000;
    static final int TEXTS = 200;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String libraries = args[4];

        List<ScreeningWord> large = words(10_000);
        List<ScreeningWord> small = large.subList(0, 1_000);
        List<String> texts = texts(large);
        Map<String, PreScreen> screens = new LinkedHashMap<>();
        Map<String, Double> compileMs = new LinkedHashMap<>();
        InternalInformation detectors = new InternalInformation(DetectorSettings.defaults());
        for (var list : Map.of("1,000 words", small, "10,000 words", large).entrySet()) {
            PreScreen screen = new PreScreen(new Listed(list.getValue()), detectors);
            List<Double> compiles = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long started = System.nanoTime();
                screen.refresh(true);
                compiles.add((System.nanoTime() - started) / 1e6);
            }
            compileMs.put(list.getKey(), median(compiles));
            screens.put(list.getKey(), screen);
        }
        List<String> names = List.of("1,000 words", "10,000 words");
        Map<String, Double> matchesPerText = new LinkedHashMap<>();
        for (String name : names) {
            matchesPerText.put(
                    name,
                    texts.stream()
                                    .mapToInt(t -> screens.get(name).screen(t).matches().size())
                                    .sum()
                            / (double) texts.size());
        }

        log("warming up for " + warmup + " s");
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String name : names) {
                run(screens.get(name), texts, 1);
            }
        }
        Map<String, List<Double>> perSecond = new LinkedHashMap<>();
        names.forEach(name -> perSecond.put(name, new ArrayList<>()));
        for (int round = 1; round <= rounds; round++) {
            // Interleaved, the order turned every round, so both lists see the machine in the same state.
            List<String> order = round % 2 == 1 ? names : List.of(names.get(1), names.get(0));
            for (String name : order) {
                double rate = run(screens.get(name), texts, seconds);
                perSecond.get(name).add(rate);
                log("round " + round + "/" + rounds + " " + name + ": " + Math.round(rate) + " texts/s");
            }
        }
        Files.writeString(out, report(libraries, warmup, rounds, seconds, perSecond, compileMs, matchesPerText));
        log("wrote " + out);
    }

    /** Texts screened per second, for about that many seconds. */
    static double run(PreScreen screen, List<String> texts, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        long screened = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            for (String text : texts) {
                sink += screen.screen(text).matches().size();
            }
            screened += texts.size();
        }
        if (sink == 42) {
            System.out.print("");
        }
        return screened / ((System.nanoTime() - started) / 1e9);
    }

    /** Words of 2-6 Chinese characters, the same ones on every run. */
    static List<ScreeningWord> words(int count) {
        Random random = new Random(2021);
        Map<String, ScreeningWord> byId = new LinkedHashMap<>();
        Instant at = Instant.parse("2021-07-01T00:00:00Z");
        while (byId.size() < count) {
            int length = 2 + random.nextInt(5);
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < length; i++) {
                word.append(han(random));
            }
            ScreeningAction action = random.nextInt(4) == 0 ? ScreeningAction.BLOCK : ScreeningAction.FLAG;
            ScreeningWord listed = ScreeningWord.listed(word.toString(), "基准", action, "bench", at);
            byId.putIfAbsent(listed.id(), listed);
        }
        return List.copyOf(byId.values());
    }

    /**
     * Chinese copy of 2,000 characters: clauses of common characters with their punctuation, a few numbers
     * and dates, and about one listed word in 400 characters (some written with spaces or symbols inside).
     */
    static List<String> texts(List<ScreeningWord> words) {
        Random random = new Random(715);
        String common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
        String punctuation = "，。、；：！？";
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < TEXTS; t++) {
            StringBuilder text = new StringBuilder(TEXT_LENGTH + 64);
            while (text.length() < TEXT_LENGTH) {
                int roll = random.nextInt(400);
                if (roll < 12) {
                    text.append(punctuation.charAt(random.nextInt(punctuation.length())));
                } else if (roll == 12) {
                    String word = words.get(random.nextInt(words.size())).word();
                    text.append(random.nextBoolean() ? word : String.join(" ", word.split("")));
                } else if (roll == 13) {
                    text.append(2000 + random.nextInt(30)).append("年").append(1 + random.nextInt(12)).append("月");
                } else if (roll == 14) {
                    text.append(random.nextInt(100_000)).append("元");
                } else {
                    text.append(common.charAt(random.nextInt(common.length())));
                }
            }
            texts.add(text.substring(0, TEXT_LENGTH));
        }
        return texts;
    }

    static char han(Random random) {
        return (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String report(
            String libraries,
            int warmup,
            int rounds,
            int seconds,
            Map<String, List<Double>> perSecond,
            Map<String, Double> compileMs,
            Map<String, Double> matchesPerText)
            throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Pre-screen benchmark: texts of 2,000 characters against 1,000 and 10,000 words\n\n");
        md.append("Written by `bench/screening/run.sh` on ")
                .append(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).toString().substring(0, 16))
                .append(" UTC.\n\n");
        md.append("- Machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(memory()).append(".\n");
        md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", options `")
                .append(String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("`.\n");
        md.append("- What is measured: `PreScreen.screen(text)` in one thread, in process: folding the text (ICU), the"
                + " word list's Aho-Corasick automaton, the markers, and the phone, ID, document-number and intranet"
                + " detectors. No HTTP, no store.\n");
        md.append("- Libraries: ").append(libraries).append(".\n");
        md.append("- Data (deterministic, seeded): 10,000 words of 2-6 Chinese characters drawn from U+4E00-U+9FA5 (a"
                + " quarter BLOCK); the 1,000-word list is its first 1,000. ")
                .append(TEXTS)
                .append(" texts of ")
                .append(TEXT_LENGTH)
                .append(" characters of common characters with clause punctuation, dates and amounts, and about one"
                        + " listed word per 400 characters, half of them with spaces inside.\n");
        md.append("- Warm-up ").append(warmup).append(" s (both lists), then ").append(rounds)
                .append(" rounds of ").append(seconds).append(" s per list, interleaved; figures are medians of the"
                        + " rounds.\n\n");
        md.append("## Result\n\n| word list | texts/s (median) | characters/s | µs per text | matches per text |"
                + " compile the list (ms, median of 7) |\n|---|---:|---:|---:|---:|---:|\n");
        for (var entry : perSecond.entrySet()) {
            double rate = median(entry.getValue());
            md.append("| ").append(entry.getKey()).append(" | ").append(Math.round(rate)).append(" | ")
                    .append(String.format("%.1f M", rate * TEXT_LENGTH / 1e6)).append(" | ")
                    .append(String.format("%.0f", 1e6 / rate)).append(" | ")
                    .append(String.format("%.1f", matchesPerText.get(entry.getKey()))).append(" | ")
                    .append(String.format("%.1f", compileMs.get(entry.getKey()))).append(" |\n");
        }
        md.append("\n## Rounds (texts/s)\n\n| round |");
        perSecond.keySet().forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---:|");
        perSecond.keySet().forEach(name -> md.append("---:|"));
        md.append('\n');
        for (int r = 0; r < rounds; r++) {
            md.append("| ").append(r + 1).append(" |");
            for (List<Double> values : perSecond.values()) {
                md.append(' ').append(Math.round(values.get(r))).append(" |");
            }
            md.append('\n');
        }
        md.append("\nSingle runs on these shared 2-core machines vary by about ±25 % (CPU steal): compare figures"
                + " taken side by side in one run, as the two lists are here.\n");
        return md.toString();
    }

    static String cpu() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return System.getProperty("os.arch");
    }

    static String memory() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return Math.round(kb / 1024.0 / 1024.0) + " GiB";
            }
        }
        return "?";
    }

    static void log(String message) {
        System.err.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    /** The list as the store would hand it over; the pre-screen reads nothing else of it here. */
    record Listed(List<ScreeningWord> words) implements ScreeningWords {

        public List<ScreeningWord> all() {
            return words;
        }

        public Page<ScreeningWord> find(WordFilter filter, int page, int size) {
            throw new UnsupportedOperationException();
        }

        public Map<String, ScreeningWord> byIds(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        public void insertAll(List<ScreeningWord> entries) {
            throw new UnsupportedOperationException();
        }

        public boolean delete(String id) {
            throw new UnsupportedOperationException();
        }

        public long version() {
            return 1;
        }

        public long changed(String by) {
            throw new UnsupportedOperationException();
        }
    }
}
