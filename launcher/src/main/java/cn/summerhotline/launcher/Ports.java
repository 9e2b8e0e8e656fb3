package cn.summerhotline.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Finds the ports another program already listens on, before any child is started. */
final class Ports {

    private Ports() {}

    static List<Integer> taken(List<Integer> ports) {
        List<Integer> taken = new ArrayList<>();
        for (int port : ports) {
            if (!free(port)) {
                taken.add(port);
            }
        }
        return taken;
    }

    /** The children listen on every interface, so the port must be free there, not only on loopback. */
    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
