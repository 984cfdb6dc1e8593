package duban.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whether a database folder lies on a network file system (an office's shared drive), where
 * SQLite's WAL mode must not be used: WAL keeps its index in shared memory ({@code -shm}), which
 * two computers cannot share, so two PCs opening {@code \\server\督查室\duban.db} could corrupt it.
 *
 * <p>Linux reads the mount's type from {@code /proc/self/mountinfo}; Windows looks for a UNC path
 * ({@code \\server\share}) or a drive letter mapped to one; macOS asks the file store's type.
 * The system property {@code duban.treatAsNetworkShare=true} makes every folder count as a share
 * (tests, and a share this class does not recognise).
 *
 * @param network     whether the folder is on a file system other computers reach
 * @param description what was found, as the system names it ({@code nfs4}, {@code cifs},
 *                    {@code \\server\share}, {@code Z:}), for the user's notice; empty when local
 */
public record FileSystemKind(boolean network, String description) {

    /** The property that forces the network verdict. */
    public static final String FORCE_PROPERTY = "duban.treatAsNetworkShare";

    /** A folder on this computer's own disks (or one we cannot tell apart from them). */
    public static final FileSystemKind LOCAL = new FileSystemKind(false, "");

    /**
     * File-system types (Linux's mountinfo, macOS's {@code f_fstypename}) that another computer
     * serves or can write at the same time. WAL's shared memory is only shared between processes
     * of one kernel, so each of these counts, whatever its locking is worth:
     * the office file server (NFS, SMB/CIFS; macOS's smbfs, afpfs, webdav), other network and
     * cluster file systems, folders shared by a virtual machine's host (9p, which is also how WSL2
     * sees Windows drives; virtiofs, VirtualBox, VMware, Parallels), and FUSE clients of network
     * services (sshfs, the GNOME and KDE desktop's smb:// and sftp:// mounts, cloud drives).
     * Local FUSE file systems ({@code fuseblk} for NTFS disks) and {@code overlay} are not here.
     */
    static final Set<String> NETWORK_TYPES = Set.of(
            "nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "webdav", "ncpfs",
            "afs", "coda", "ceph", "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs",
            "9p", "virtiofs", "vboxsf", "vmhgfs", "prl_fs",
            "fuse.sshfs", "fuse.gvfsd-fuse", "fuse.kio-fuse", "fuse.smbnetfs", "fuse.s3fs",
            "fuse.rclone", "fuse.glusterfs", "fuse.ceph-fuse", "fuse.vmhgfs-fuse", "fuse.davfs2");

    /** Decides for {@code folder} (which must exist) on the running system. */
    public static FileSystemKind of(Path folder) {
        if (Boolean.getBoolean(FORCE_PROPERTY)) {
            return new FileSystemKind(true, FORCE_PROPERTY);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("windows")) {
                return onWindows(folder.toAbsolutePath().toString(), System.getenv("SystemDrive"),
                        FileSystemKind::isMappedNetworkDrive);
            }
            Path real = folder.toRealPath();
            if (os.startsWith("linux")) {
                Path mountInfo = Path.of("/proc/self/mountinfo");
                if (Files.isReadable(mountInfo)) {
                    return fromMountInfo(Files.readString(mountInfo, StandardCharsets.UTF_8), real.toString(),
                            device(real));
                }
            }
            return ofType(Files.getFileStore(real).type());
        } catch (IOException | RuntimeException e) {
            // Not knowing is not a reason to refuse the file: it opens as a local one, as before.
            System.getLogger(FileSystemKind.class.getName())
                    .log(System.Logger.Level.WARNING, "cannot tell the file system of " + folder, e);
            return LOCAL;
        }
    }

    /** The verdict for a file-system type name as Linux or macOS gives it. */
    static FileSystemKind ofType(String type) {
        return NETWORK_TYPES.contains(type) ? new FileSystemKind(true, type) : LOCAL;
    }

    /** One line of {@code /proc/self/mountinfo}: where it is mounted, its device and its type. */
    record Mount(String mountPoint, String device, String type, String source) {
    }

    /**
     * The mount that holds {@code realPath} (no symbolic links in it) according to the text of
     * {@code /proc/self/mountinfo}: among the mounts whose mount point is {@code realPath} or one
     * of its parent folders, the deepest; of several at the same point, the last mounted (it hides
     * the others). When {@code device} (the folder's {@code st_dev}) is known and some candidates
     * carry it, only those count, which sees through a mount hidden by a later one over its parent.
     */
    static Optional<Mount> mountOf(String mountInfo, String realPath, OptionalLong device) {
        List<Mount> candidates = new ArrayList<>();
        for (String line : mountInfo.split("\n")) {
            parseMountLine(line).filter(mount -> contains(mount.mountPoint(), realPath)).ifPresent(candidates::add);
        }
        if (device.isPresent()) {
            String wanted = majorMinor(device.getAsLong());
            List<Mount> sameDevice = candidates.stream().filter(mount -> mount.device().equals(wanted)).toList();
            if (!sameDevice.isEmpty()) {
                candidates = sameDevice;
            }
        }
        Mount best = null;
        for (Mount mount : candidates) {
            if (best == null || mount.mountPoint().length() >= best.mountPoint().length()) {
                best = mount;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The verdict for {@code realPath} from the text of {@code /proc/self/mountinfo}. */
    static FileSystemKind fromMountInfo(String mountInfo, String realPath, OptionalLong device) {
        return mountOf(mountInfo, realPath, device).map(mount -> ofType(mount.type())).orElse(LOCAL);
    }

    /**
     * Parses one mountinfo line (see proc(5)): {@code ID PARENT MAJOR:MINOR ROOT MOUNT-POINT
     * OPTIONS [OPTIONAL...] - TYPE SOURCE SUPER-OPTIONS}; empty for a line that is not one.
     */
    static Optional<Mount> parseMountLine(String line) {
        String[] fields = line.strip().split(" ");
        int separator = -1;
        for (int i = 6; i < fields.length; i++) {
            if (fields[i].equals("-")) {
                separator = i;
                break;
            }
        }
        if (separator < 0 || fields.length < separator + 3) {
            return Optional.empty();
        }
        return Optional.of(new Mount(unescape(fields[4]), fields[2], unescape(fields[separator + 1]),
                unescape(fields[separator + 2])));
    }

    /** The kernel writes space, tab, newline and backslash in a mount point as {@code \040} and so on. */
    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\\' && i + 3 < bytes.length && isOctal(bytes[i + 1]) && isOctal(bytes[i + 2])
                    && isOctal(bytes[i + 3])) {
                out.write((bytes[i + 1] - '0') * 64 + (bytes[i + 2] - '0') * 8 + (bytes[i + 3] - '0'));
                i += 3;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isOctal(byte b) {
        return b >= '0' && b <= '7';
    }

    /** Whether {@code path} is {@code mountPoint} or lies under it, folder by folder ({@code /mnt/a} holds not {@code /mnt/ab}). */
    static boolean contains(String mountPoint, String path) {
        if (mountPoint.equals("/")) {
            return path.startsWith("/");
        }
        return path.equals(mountPoint) || path.startsWith(mountPoint + "/");
    }

    /** Linux's {@code dev_t} as mountinfo writes it, {@code major:minor} (glibc's gnu_dev_major/minor). */
    static String majorMinor(long dev) {
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        return major + ":" + minor;
    }

    private static OptionalLong device(Path real) {
        try {
            return OptionalLong.of(((Number) Files.getAttribute(real, "unix:dev")).longValue());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /** Asks Windows whether a drive letter is mapped to a network share. */
    interface DriveProbe {
        boolean isNetworkDrive(char letter);
    }

    /**
     * The verdict for an absolute Windows path: a UNC path ({@code \\server\share\…},
     * {@code \\?\UNC\server\share\…}, also written with forward slashes) is on a network; a path on
     * a drive letter is when the letter is mapped to a share. The JDK cannot tell that:
     * {@code FileStore.type()} of a mapped drive is the server's file system ("NTFS"), so
     * {@code probe} asks Windows, except for the system drive (C:), which is never a share.
     */
    static FileSystemKind onWindows(String path, String systemDrive, DriveProbe probe) {
        String p = path.replace('/', '\\');
        if (p.regionMatches(true, 0, "\\\\?\\UNC\\", 0, 8)) {
            return new FileSystemKind(true, "\\\\" + shareOf(p.substring(8)));
        }
        if (p.startsWith("\\\\?\\") || p.startsWith("\\\\.\\")) {
            p = p.substring(4); // a long-path or device prefix before a drive letter: local syntax
        } else if (p.startsWith("\\\\")) {
            return new FileSystemKind(true, "\\\\" + shareOf(p.substring(2)));
        }
        if (p.length() >= 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':') {
            char letter = Character.toUpperCase(p.charAt(0));
            boolean system = systemDrive != null && systemDrive.length() >= 1
                    && Character.toUpperCase(systemDrive.charAt(0)) == letter;
            if (!system && probe.isNetworkDrive(letter)) {
                return new FileSystemKind(true, letter + ":");
            }
        }
        return LOCAL;
    }

    /** {@code server\share} of {@code server\share\folder\…}. */
    private static String shareOf(String afterSlashes) {
        String[] parts = afterSlashes.split("\\\\", 3);
        return parts.length >= 2 ? parts[0] + "\\" + parts[1] : parts[0];
    }

    /**
     * {@code net use Z:} exits 0 when Z: is a network connection (also a disconnected one) and 2
     * ("The network connection could not be found") when not, in every language of Windows.
     */
    private static boolean isMappedNetworkDrive(char letter) {
        try {
            Process net = new ProcessBuilder("net", "use", letter + ":").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!net.waitFor(3, TimeUnit.SECONDS)) {
                net.destroyForcibly();
                return false;
            }
            return net.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
