package duban.settings;

import duban.domain.Category;
import duban.domain.attachments.AttachmentSettings;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The 附件 section of 设置: the size limit per file and the 督办类别 that need 佐证材料 before 办结销号,
 * as properties the view binds; {@link #toSettings()} gives what the board saves. No nodes.
 */
public final class AttachmentRules {

    private final ObjectProperty<Integer> maxMegabytes = new SimpleObjectProperty<>(this, "maxMegabytes");
    private final Map<Category, BooleanProperty> evidenceRequired = new EnumMap<>(Category.class);

    public AttachmentRules(AttachmentSettings current) {
        Objects.requireNonNull(current, "current");
        maxMegabytes.set(current.maxMegabytes());
        for (Category category : Category.values()) {
            evidenceRequired.put(category, new SimpleBooleanProperty(this, "evidenceRequired" + category.name(),
                    current.requiresEvidence(category)));
        }
    }

    /** 每个附件不超过 N MB. */
    public ObjectProperty<Integer> maxMegabytesProperty() {
        return maxMegabytes;
    }

    /** Every category's 办结前须有佐证材料 box, in 督办类别 order. */
    public Map<Category, BooleanProperty> evidenceRequired() {
        return Collections.unmodifiableMap(evidenceRequired);
    }

    /** The rules as chosen; a limit typed out of range is brought back within it. */
    public AttachmentSettings toSettings() {
        Integer megabytes = maxMegabytes.get();
        int limit = megabytes == null ? AttachmentSettings.DEFAULT_MAX_MEGABYTES
                : Math.max(1, Math.min(AttachmentSettings.MAX_MAX_MEGABYTES, megabytes));
        Set<Category> required = EnumSet.noneOf(Category.class);
        evidenceRequired.forEach((category, checked) -> {
            if (checked.get()) {
                required.add(category);
            }
        });
        return new AttachmentSettings(limit, required);
    }
}
