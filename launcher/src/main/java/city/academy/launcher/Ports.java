package city.academy.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/** Ports on 127.0.0.1 that must be free before anything is started on them. */
final class Ports {
  private Ports() {}

  /**
   * @throws IllegalStateException naming the first port something else listens on (say an instance
   *     left from an earlier run), rather than starting beside it and answering with its replies
   */
  static void requireFree(List<Integer> ports) {
    for (int port : ports) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(PlatformSettings.ADDRESS))) {
        socket.setReuseAddress(true);
      } catch (IOException e) {
        throw new IllegalStateException("Port " + port + " on " + PlatformSettings.ADDRESS
            + " is taken (another instance still running?): stop what uses it, or choose other ports with ACADEMY_PORT and ACADEMY_GRID_PORT.");
      }
    }
  }
}
