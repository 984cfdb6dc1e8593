package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real network file system: a folder of this machine served by an SSH server on the loopback
 * interface and mounted with sshfs (FUSE), as a colleague's folder would be over the office
 * network. NFS and CIFS need kernel modules this machine's kernel lacks (see the README); sshfs
 * needs only FUSE. Needs {@code sshd}, {@code sshfs} and root (CI installs them: .ci/run).
 */
@Timeout(120)
class SshfsShareTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static Path work;
    private static Path mountPoint;
    private static Process sshd;

    @BeforeAll
    static void mountALoopbackShare() throws Exception {
        for (String tool : List.of("/usr/sbin/sshd", "/usr/bin/sshfs", "/usr/bin/ssh-keygen")) {
            assertThat(Path.of(tool)).as("%s (apt-get install openssh-server sshfs; .ci/run does)", tool).isExecutable();
        }
        work = Files.createTempDirectory("duban-sshfs");
        Path served = Files.createDirectories(work.resolve("督查室 共享"));
        mountPoint = Files.createDirectories(work.resolve("mnt"));
        run("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", work.resolve("host").toString());
        run("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", work.resolve("user").toString());
        Files.copy(work.resolve("user.pub"), work.resolve("authorized_keys"));
        Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege-separation folder
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.writeString(work.resolve("sshd_config"), String.join("\n",
                "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + work.resolve("host"),
                "AuthorizedKeysFile " + work.resolve("authorized_keys"), "PermitRootLogin prohibit-password",
                "PasswordAuthentication no", "StrictModes no", "Subsystem sftp internal-sftp",
                "PidFile " + work.resolve("sshd.pid"), ""));
        sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", work.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("sshd.log").toFile()).start();
        awaitListening(port);
        run("/usr/bin/sshfs", "-p", String.valueOf(port), "-o",
                "IdentityFile=" + work.resolve("user") + ",StrictHostKeyChecking=no,UserKnownHostsFile=/dev/null,BatchMode=yes",
                "root@127.0.0.1:" + served, mountPoint.toString());
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mountPoint != null) {
            new ProcessBuilder("fusermount", "-u", mountPoint.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        }
        if (sshd != null) {
            sshd.destroy();
            sshd.waitFor(10, TimeUnit.SECONDS);
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    void the_detector_sees_the_mount_as_a_network_file_system() {
        assertThat(FileSystemKind.of(mountPoint)).isEqualTo(new FileSystemKind(true, "fuse.sshfs"));
        assertThat(FileSystemKind.of(work).network()).isFalse();
    }

    @Test
    void a_database_on_the_mount_opens_without_wal_keeps_its_data_and_is_refused_to_a_second_opener() throws Exception {
        Path file = mountPoint.resolve("2026/duban.db");
        int items;
        try (Database db = Database.open(file)) {
            assertThat(db.fileSystem()).isEqualTo(new FileSystemKind(true, "fuse.sshfs"));
            assertThat(String.valueOf(db.dsl().fetchValue("PRAGMA journal_mode"))).isEqualToIgnoringCase("delete");
            items = new DemoData(db.dsl(), CLOCK).seedIfEmpty().items();
            assertThat(items).isPositive();
            assertThat(Path.of(file + "-wal")).doesNotExist();
            assertThat(Path.of(file + "-shm")).doesNotExist();

            DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class, () -> Database.open(file));
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(DatabaseOpenException.Reason.NETWORK_FILE_IN_USE);
            assertThat(refused.userMessage()).contains("fuse.sshfs");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("item"))).isEqualTo(items);
            assertThat(db.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static void awaitListening(int port) throws Exception {
        List<Exception> tries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                tries.add(e);
                Thread.sleep(100);
            }
        }
        throw new AssertionError("sshd did not listen on " + port + ": " + Files.readString(work.resolve("sshd.log")));
    }
}
