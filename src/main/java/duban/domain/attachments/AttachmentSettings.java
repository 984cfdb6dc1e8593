package duban.domain.attachments;

import duban.domain.Category;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The office's rules for attachments (设置 → 附件): the largest file it accepts, and the 督办类别 whose
 * items need at least one current 佐证材料 before 办结销号. Stored as text in the {@code setting}
 * table under {@link #MAX_MEGABYTES_KEY} and {@link #EVIDENCE_REQUIRED_KEY}; a value that cannot be
 * read takes its default (a damaged row must not stop the board).
 *
 * @param maxMegabytes     the largest file accepted, in MB (1 MB = 1,048,576 bytes)
 * @param evidenceRequired the categories whose items need 佐证材料 before they are crossed off
 */
public record AttachmentSettings(int maxMegabytes, Set<Category> evidenceRequired) {

    /** Key of the size limit in MB: {@code 50}. */
    public static final String MAX_MEGABYTES_KEY = "attachment.maxMegabytes";
    /** Key of the categories needing 佐证材料 before closing: {@code KEY,URGENT}, empty for none. */
    public static final String EVIDENCE_REQUIRED_KEY = "attachment.evidenceRequired";
    /** The default limit: a scanned 批示件 or a phone photo is far below it, a whole report fits. */
    public static final int DEFAULT_MAX_MEGABYTES = 50;
    /** The largest limit the settings accept: beyond it a file would strain a shared server and every backup. */
    public static final int MAX_MAX_MEGABYTES = 500;

    private static final long BYTES_PER_MEGABYTE = 1024L * 1024L;

    public AttachmentSettings {
        if (maxMegabytes < 1 || maxMegabytes > MAX_MAX_MEGABYTES) {
            throw new IllegalArgumentException("maxMegabytes 1 to " + MAX_MAX_MEGABYTES + ": " + maxMegabytes);
        }
        Set<Category> copy = EnumSet.noneOf(Category.class);
        copy.addAll(evidenceRequired);
        evidenceRequired = Collections.unmodifiableSet(copy);
    }

    /**
     * 50 MB, and no category needs 佐证材料 until the office says so (an office upgrading must not
     * find its items suddenly impossible to cross off).
     */
    public static AttachmentSettings defaults() {
        return new AttachmentSettings(DEFAULT_MAX_MEGABYTES, EnumSet.noneOf(Category.class));
    }

    /** The limit in bytes. */
    public long maxBytes() {
        return maxMegabytes * BYTES_PER_MEGABYTE;
    }

    /** Whether an item of {@code category} needs a current 佐证材料 before it is crossed off. */
    public boolean requiresEvidence(Category category) {
        return evidenceRequired.contains(category);
    }

    /** The settings stored under this class's keys; other keys are ignored, unreadable values take defaults. */
    public static AttachmentSettings fromStored(Map<String, String> stored) {
        AttachmentSettings defaults = defaults();
        int megabytes = defaults.maxMegabytes();
        String limit = stored.get(MAX_MEGABYTES_KEY);
        if (limit != null) {
            try {
                int parsed = Integer.parseInt(limit.strip());
                if (parsed >= 1 && parsed <= MAX_MAX_MEGABYTES) {
                    megabytes = parsed;
                }
            } catch (NumberFormatException unreadable) {
                // the default stands
            }
        }
        Set<Category> required = defaults.evidenceRequired();
        String categories = stored.get(EVIDENCE_REQUIRED_KEY);
        if (categories != null) {
            Set<Category> parsed = EnumSet.noneOf(Category.class);
            boolean readable = true;
            for (String name : categories.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(Category.valueOf(name.strip()));
                } catch (IllegalArgumentException unknown) {
                    readable = false;
                }
            }
            if (readable) {
                required = parsed;
            }
        }
        return new AttachmentSettings(megabytes, required);
    }

    /** Every key of these settings with its stored text, for {@code SettingsStore.put}. */
    public Map<String, String> toStored() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(MAX_MEGABYTES_KEY, String.valueOf(maxMegabytes));
        stored.put(EVIDENCE_REQUIRED_KEY, evidenceRequired.stream().map(Category::name).collect(Collectors.joining(",")));
        return stored;
    }
}
