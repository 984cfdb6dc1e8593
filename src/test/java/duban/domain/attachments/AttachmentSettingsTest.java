package duban.domain.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The attachment rules in their stored form: round trip, defaults, and values damaged by hand. */
class AttachmentSettingsTest {

    @Test
    void storedAndReadBack() {
        AttachmentSettings settings = new AttachmentSettings(80, EnumSet.of(Category.KEY, Category.URGENT));
        assertThat(settings.toStored()).containsEntry("attachment.maxMegabytes", "80")
                .containsEntry("attachment.evidenceRequired", "KEY,URGENT");
        assertThat(AttachmentSettings.fromStored(settings.toStored())).isEqualTo(settings);
        assertThat(settings.maxBytes()).isEqualTo(80L * 1024 * 1024);
    }

    @Test
    void missingOrUnreadableValuesTakeTheDefaults() {
        assertThat(AttachmentSettings.fromStored(Map.of())).isEqualTo(AttachmentSettings.defaults());
        assertThat(AttachmentSettings.defaults().maxMegabytes()).isEqualTo(50);
        assertThat(AttachmentSettings.defaults().evidenceRequired()).isEmpty();
        assertThat(AttachmentSettings.fromStored(Map.of("attachment.maxMegabytes", "很多",
                "attachment.evidenceRequired", "KEY,紧急"))).isEqualTo(AttachmentSettings.defaults());
        assertThat(AttachmentSettings.fromStored(Map.of("attachment.maxMegabytes", "0"))).isEqualTo(
                AttachmentSettings.defaults());
    }

    @Test
    void everyRefusalHasItsChineseSentence() {
        for (AttachmentException.Reason reason : AttachmentException.Reason.values()) {
            assertThat(duban.i18n.Messages.has(AttachmentException.messageKey(reason))).as(reason.name()).isTrue();
            assertThat(new AttachmentException(reason, "a.pdf", "1", "2").getMessage()).matches(".*\\p{IsHan}.*");
        }
        for (duban.store.AttachmentCheck.Problem problem : duban.store.AttachmentCheck.Problem.values()) {
            assertThat(duban.i18n.Messages.has("verify.attachment." + problem.name())).as(problem.name()).isTrue();
        }
    }
}
