package cn.summerhotline.launcher;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * After a first start, dumps the class archives one at a time, in the background and at the lowest
 * priority: the running system keeps the cores, and the next start maps them.
 */
final class ArchiveDumps {

    private ArchiveDumps() {}

    /** Reports how many archives it made once it is done, unless the run is stopping. */
    static void inBackground(List<ClassDataSharing> archives, BooleanSupplier stopping, IntConsumer made) {
        if (archives.isEmpty()) {
            return;
        }
        Thread dumper = new Thread(
                () -> {
                    int count = 0;
                    for (ClassDataSharing archive : archives) {
                        if (stopping.getAsBoolean()) {
                            return;
                        }
                        count += archive.dumpArchive() ? 1 : 0;
                    }
                    if (!stopping.getAsBoolean() && count > 0) {
                        made.accept(count);
                    }
                },
                "summer-cds-dump");
        dumper.setDaemon(true);
        dumper.start();
    }
}
