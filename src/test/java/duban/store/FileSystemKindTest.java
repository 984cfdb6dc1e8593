package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The network-share detector on real mount tables and on Windows path strings. */
class FileSystemKindTest {

    private static final OptionalLong UNKNOWN_DEVICE = OptionalLong.empty();

    private static String table(String name) throws IOException {
        try (InputStream in = FileSystemKindTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FileSystemKind officePc(String path) throws IOException {
        return FileSystemKind.fromMountInfo(table("mountinfo-office-pc.txt"), path, UNKNOWN_DEVICE);
    }

    @Test
    void the_nfs_and_cifs_shares_of_an_office_pc_are_network_file_systems() throws IOException {
        assertThat(officePc("/mnt/nas/督查室/duban.db")).isEqualTo(new FileSystemKind(true, "nfs4"));
        assertThat(officePc("/mnt/nas")).isEqualTo(new FileSystemKind(true, "nfs4"));
        // "\040" is how the kernel writes the space in the mount point.
        assertThat(officePc("/mnt/督查室 共享/2026/duban.db")).isEqualTo(new FileSystemKind(true, "cifs"));
        assertThat(officePc("/run/user/1000/gvfs/smb-share:server=fs,share=督查室/duban.db"))
                .isEqualTo(new FileSystemKind(true, "fuse.gvfsd-fuse"));
        assertThat(officePc("/home/wang/远程/duban.db")).isEqualTo(new FileSystemKind(true, "fuse.sshfs"));
        assertThat(officePc("/mnt/tab\tdir/x")).isEqualTo(new FileSystemKind(true, "smb3"));
    }

    @Test
    void local_disks_and_a_usb_stick_are_not() throws IOException {
        assertThat(officePc("/home/wang/.duban")).isEqualTo(FileSystemKind.LOCAL);
        assertThat(officePc("/boot/efi/x")).isEqualTo(FileSystemKind.LOCAL);
        assertThat(officePc("/media/usb/duban.db")).isEqualTo(FileSystemKind.LOCAL); // fuseblk: an NTFS stick
        assertThat(officePc("/tmp/duban.db")).isEqualTo(FileSystemKind.LOCAL);
    }

    @Test
    void a_mount_point_holds_only_its_own_folders_not_those_whose_name_begins_alike() throws IOException {
        assertThat(officePc("/mnt/nasbackup/duban.db")).isEqualTo(FileSystemKind.LOCAL);
        assertThat(officePc("/mnt/督查室/duban.db")).isEqualTo(FileSystemKind.LOCAL);
        assertThat(officePc("/home2/x")).isEqualTo(FileSystemKind.LOCAL);
    }

    @Test
    void a_local_folder_bind_mounted_inside_a_share_is_local() throws IOException {
        assertThat(FileSystemKind.mountOf(table("mountinfo-office-pc.txt"), "/mnt/nas/本地副本/duban.db", UNKNOWN_DEVICE))
                .hasValueSatisfying(mount -> {
                    assertThat(mount.type()).isEqualTo("ext4");
                    assertThat(mount.mountPoint()).isEqualTo("/mnt/nas/本地副本");
                });
        assertThat(officePc("/mnt/nas/本地副本/duban.db")).isEqualTo(FileSystemKind.LOCAL);
    }

    @Test
    void of_two_mounts_on_one_point_the_later_hides_the_earlier() throws IOException {
        assertThat(officePc("/mnt/nas2/duban.db")).isEqualTo(new FileSystemKind(true, "nfs"));
    }

    @Test
    void in_a_container_the_overlay_root_and_volumes_are_local_and_a_cifs_volume_is_not() throws IOException {
        String container = table("mountinfo-container.txt");
        assertThat(FileSystemKind.fromMountInfo(container, "/root/.duban", UNKNOWN_DEVICE)).isEqualTo(FileSystemKind.LOCAL);
        assertThat(FileSystemKind.fromMountInfo(container, "/data/duban.db", UNKNOWN_DEVICE)).isEqualTo(FileSystemKind.LOCAL);
        assertThat(FileSystemKind.fromMountInfo(container, "/share/duban.db", UNKNOWN_DEVICE))
                .isEqualTo(new FileSystemKind(true, "cifs"));
        assertThat(FileSystemKind.fromMountInfo(container, "/share/local/duban.db", UNKNOWN_DEVICE))
                .isEqualTo(FileSystemKind.LOCAL);
        // WSL2 sees Windows drives through 9p: not a shared memory the Windows side takes part in.
        assertThat(FileSystemKind.fromMountInfo(container, "/wsl/c/Users/wang/duban.db", UNKNOWN_DEVICE))
                .isEqualTo(new FileSystemKind(true, "9p"));
    }

    @Test
    void the_folder_device_sees_through_a_share_hidden_by_a_later_mount_over_its_parent() {
        String table = String.join("\n",
                "28 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw",
                "40 28 259:3 / /srv rw,relatime shared:2 - ext4 /dev/nvme0n1p3 rw",
                "41 40 0:80 / /srv/share rw,relatime shared:3 - nfs4 nas:/office rw",
                "42 28 0:81 / /srv rw,relatime shared:4 - tmpfs tmpfs rw");
        // /srv/share is now a folder of the tmpfs mounted over /srv: its device says so.
        long tmpfsDevice = 81; // major 0, minor 81
        assertThat(FileSystemKind.majorMinor(tmpfsDevice)).isEqualTo("0:81");
        assertThat(FileSystemKind.fromMountInfo(table, "/srv/share/duban.db", OptionalLong.of(tmpfsDevice)))
                .isEqualTo(FileSystemKind.LOCAL);
        assertThat(FileSystemKind.fromMountInfo(table, "/srv/share/duban.db", OptionalLong.of(80)))
                .isEqualTo(new FileSystemKind(true, "nfs4"));
    }

    @Test
    void devices_are_decoded_as_glibc_does() {
        assertThat(FileSystemKind.majorMinor(0xfe00L)).isEqualTo("254:0");
        assertThat(FileSystemKind.majorMinor(0x10301L)).isEqualTo("259:1"); // nvme: major above 255
    }

    @Test
    void mount_lines_with_optional_fields_and_escapes_parse_and_other_lines_are_ignored() {
        assertThat(FileSystemKind.parseMountLine(
                "36 35 98:0 /mnt1 /mnt/a\\040b\\134c rw,noatime master:1 shared:2 - ext3 /dev/root rw,errors=continue"))
                .hasValueSatisfying(mount -> {
                    assertThat(mount.mountPoint()).isEqualTo("/mnt/a b\\c");
                    assertThat(mount.type()).isEqualTo("ext3");
                    assertThat(mount.device()).isEqualTo("98:0");
                });
        assertThat(FileSystemKind.parseMountLine("")).isEmpty();
        assertThat(FileSystemKind.parseMountLine("36 35 98:0 / /x rw")).isEmpty();
        assertThat(FileSystemKind.unescape("/mnt/\\040\\011\\012\\134")).isEqualTo("/mnt/ \t\n\\");
        assertThat(FileSystemKind.unescape("/mnt/x\\04")).isEqualTo("/mnt/x\\04");
    }

    @Test
    void macos_types_of_shares_are_network_file_systems() {
        for (String type : new String[] {"smbfs", "nfs", "afpfs", "webdav"}) {
            assertThat(FileSystemKind.ofType(type)).isEqualTo(new FileSystemKind(true, type));
        }
        for (String type : new String[] {"apfs", "hfs", "msdos", "exfat", "ext4", "xfs", "btrfs", "overlay", "tmpfs",
                "fuseblk"}) {
            assertThat(FileSystemKind.ofType(type)).isEqualTo(FileSystemKind.LOCAL);
        }
    }

    @Test
    void windows_unc_paths_are_shares_in_every_spelling() {
        FileSystemKind.DriveProbe noDriveAsked = letter -> {
            throw new AssertionError("a UNC path needs no drive probe");
        };
        assertThat(FileSystemKind.onWindows("\\\\server\\督查室\\duban.db", "C:", noDriveAsked))
                .isEqualTo(new FileSystemKind(true, "\\\\server\\督查室"));
        assertThat(FileSystemKind.onWindows("//server/督查室/2026/duban.db", "C:", noDriveAsked))
                .isEqualTo(new FileSystemKind(true, "\\\\server\\督查室"));
        assertThat(FileSystemKind.onWindows("\\\\?\\UNC\\nas\\office\\duban.db", "C:", noDriveAsked))
                .isEqualTo(new FileSystemKind(true, "\\\\nas\\office"));
        assertThat(FileSystemKind.onWindows("\\\\wsl.localhost\\Ubuntu\\home\\wang\\duban.db", "C:", noDriveAsked))
                .isEqualTo(new FileSystemKind(true, "\\\\wsl.localhost\\Ubuntu"));
    }

    @Test
    void windows_drive_letters_are_shares_only_when_mapped_and_the_system_drive_is_never_asked() {
        FileSystemKind.DriveProbe zMapped = letter -> {
            assertThat(letter).isNotEqualTo('C');
            return letter == 'Z';
        };
        assertThat(FileSystemKind.onWindows("Z:\\督查室\\duban.db", "C:", zMapped)).isEqualTo(new FileSystemKind(true, "Z:"));
        assertThat(FileSystemKind.onWindows("z:\\duban.db", "C:", zMapped)).isEqualTo(new FileSystemKind(true, "Z:"));
        assertThat(FileSystemKind.onWindows("D:\\duban\\duban.db", "C:", zMapped)).isEqualTo(FileSystemKind.LOCAL);
        assertThat(FileSystemKind.onWindows("C:\\Users\\wang\\AppData\\Roaming\\duban\\duban.db", "C:", zMapped))
                .isEqualTo(FileSystemKind.LOCAL);
        assertThat(FileSystemKind.onWindows("\\\\?\\C:\\very\\long\\duban.db", "C:", zMapped)).isEqualTo(FileSystemKind.LOCAL);
        assertThat(FileSystemKind.onWindows("\\\\?\\Z:\\duban.db", "C:", zMapped)).isEqualTo(new FileSystemKind(true, "Z:"));
    }

    @Test
    void the_property_makes_any_folder_a_share() throws IOException {
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        System.setProperty(FileSystemKind.FORCE_PROPERTY, "true");
        try {
            assertThat(FileSystemKind.of(here).network()).isTrue();
        } finally {
            System.clearProperty(FileSystemKind.FORCE_PROPERTY);
        }
        assertThat(FileSystemKind.of(here).network()).isFalse(); // this machine's disk
    }
}
