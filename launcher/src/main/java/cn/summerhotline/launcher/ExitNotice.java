package cn.summerhotline.launcher;

/** What the console says when a child exits on its own, so the developer knows what no longer answers. */
final class ExitNotice {

    private ExitNotice() {}

    static String of(Child child, boolean wasReady, String log) {
        Module module = child.module();
        if (!wasReady) {
            return String.format(
                    "FAILED  %-18s (pid %d) exited with code %d before it was ready; see %s",
                    module.logName(), child.pid(), child.exitCode(), log);
        }
        if (module.isGateway()) {
            return String.format(
                    "STOPPED %-18s (pid %d) exited with code %d; nothing answers on port %d now. Log: %s",
                    module.logName(), child.pid(), child.exitCode(), module.port(), log);
        }
        return String.format(
                "STOPPED %-18s (pid %d) exited with code %d; its routes answer 503 at the gateway. Log: %s",
                module.logName(), child.pid(), child.exitCode(), log);
    }
}
