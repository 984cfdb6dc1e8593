package duban.app;

import duban.domain.attachments.AttachmentSettings;
import duban.domain.office.OfficeSettings;
import duban.store.Stores;
import java.util.ArrayList;
import java.util.List;

/** 设置's 保存 with the attachment rules (issue 17): the office's settings, then the attachments' own keys. */
final class AttachmentSettingsPort {

    private AttachmentSettingsPort() {
    }

    /** Saves both on the store thread; returns every key written (the status bar counts them). */
    static List<String> save(Stores stores, OfficeSettings office, AttachmentSettings attachments) {
        List<String> written = new ArrayList<>(stores.officeSettings().save(office));
        written.addAll(stores.attachments().saveSettings(attachments));
        return written;
    }
}
