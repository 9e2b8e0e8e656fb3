package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void shouldReportAPortAnotherProgramListensOn() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress("127.0.0.1", 0));
            int taken = other.getLocalPort();
            int free = freePort();

            assertThat(Ports.taken(List.of(free, taken))).containsExactly(taken);
        }
    }

    @Test
    void shouldReportNothingWhenEveryPortIsFree() throws Exception {
        assertThat(Ports.taken(List.of(freePort()))).isEmpty();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
