package city.academy.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTest {

  @Test
  void aStandaloneInstanceLooksForNoCluster() {
    var settings = PlatformSettings.fromEnvironment(Map.of(), Path.of("/checkout"));
    assertThat(settings.cluster().clustered()).isFalse();
    assertThat(Platform.clusterArguments(settings.cluster())).containsExactly("--nocluster");
    assertThat(settings.publicBaseUrl()).isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void aMemberFindsTheOthersByTcpIpOnTheListedAddressesOnly() {
    var settings = PlatformSettings.fromEnvironment(Map.of(
        "ACADEMY_DB", "postgres",
        "ACADEMY_CLUSTER_MEMBERS", "127.0.0.1:5901, 127.0.0.1:5902",
        "ACADEMY_INSTANCE", "academy-2",
        "ACADEMY_PUBLIC_URL", "https://academy.example"), Path.of("/checkout"));
    List<String> arguments = Platform.clusterArguments(settings.cluster());
    assertThat(arguments).containsSubsequence("--clustermode", "tcpip:127.0.0.1:5901,127.0.0.1:5902")
        .containsSubsequence("--interfaces", "127.0.0.1").containsSubsequence("--name", "academy-2")
        .doesNotContain("--nocluster").noneMatch(a -> a.contains("multicast"));
    assertThat(settings.publicBaseUrl()).isEqualTo("https://academy.example");
    assertThat(settings.baseUrl()).as("the services are still called on the instance itself").isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void aMemberThatIsNotAnAddressAndPortIsRefused() {
    assertThatThrownBy(() -> PlatformSettings.fromEnvironment(Map.of("ACADEMY_CLUSTER_MEMBERS", "127.0.0.1"), Path.of("/checkout")))
        .hasMessageContaining("127.0.0.1:5901");
  }

  @Test
  void aClusterNeedsPostgres(@TempDir Path data) {
    var settings = PlatformSettings.fromEnvironment(Map.of(
        "ACADEMY_DATA_DIR", data.toString(), "ACADEMY_CLUSTER_MEMBERS", "127.0.0.1:5901"), PlatformSettings.findRepository(Path.of("")));
    assertThatThrownBy(() -> new Platform(settings).prepare()).hasMessageContaining("ACADEMY_DB=postgres");
  }

  @Test
  void membersTakeTheNextPortsAndKeepTheirBootFilesApart(@TempDir Path data) throws Exception {
    var base = PlatformSettings.fromEnvironment(Map.of(
        "ACADEMY_DATA_DIR", data.toString(), "ACADEMY_DB", "postgres", "ACADEMY_PORT", "18700", "ACADEMY_GRID_PORT", "18720"),
        PlatformSettings.findRepository(Path.of("")));
    Cluster cluster = Cluster.of(base, 3, "/usr/sbin/nginx");
    assertThat(cluster.size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      PlatformSettings member = cluster.member(i);
      assertThat(member.httpPort()).isEqualTo(18701 + i);
      assertThat(member.gridPort()).isEqualTo(18721 + i);
      assertThat(member.cluster().members()).containsExactly("127.0.0.1:18721", "127.0.0.1:18722", "127.0.0.1:18723");
      assertThat(member.publicBaseUrl()).as("links in emails lead to the load balancer").isEqualTo("http://127.0.0.1:18700");
    }
    assertThat(cluster.url()).isEqualTo("http://127.0.0.1:18700");
    var first = new Platform(cluster.member(0)).prepare();
    var second = new Platform(cluster.member(1)).prepare();
    assertThat(first.preBoot()).isNotEqualTo(second.preBoot());
    assertThat(Files.readString(second.preBoot())).contains("start-port=18722").contains("interface=127.0.0.1");
    assertThat(first.keys()).as("one token key pair for all").isEqualTo(second.keys());
  }

  @Test
  void theLoadBalancerListensOnLoopbackRoundRobinAndSendsNothingToAMemberThatIsNotReady(@TempDir Path folder) throws Exception {
    LoadBalancer balancer = new LoadBalancer("/usr/sbin/nginx", folder, 18700);
    String configuration = balancer.configuration();
    assertThat(configuration).contains("listen 127.0.0.1:18700;").contains("proxy_next_upstream error timeout")
        .doesNotContain("ip_hash").doesNotContain("sticky").doesNotContain("hash ");
    Files.createDirectories(folder);
    balancer.writeUpstreams(List.of(
        new LoadBalancer.Upstream("127.0.0.1", 18701, true), new LoadBalancer.Upstream("127.0.0.1", 18702, false)));
    assertThat(Files.readString(folder.resolve("upstream.conf")))
        .contains("server 127.0.0.1:18701 max_fails=1 fail_timeout=2s;")
        .contains("server 127.0.0.1:18702 max_fails=1 fail_timeout=2s down;");
  }

  @Test
  void aPortInUseIsNamedBeforeAnythingStarts() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> Ports.requireFree(List.of(taken.getLocalPort())))
          .hasMessageContaining("Port " + taken.getLocalPort()).hasMessageContaining("taken");
    }
  }
}
