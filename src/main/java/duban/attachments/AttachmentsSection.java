package duban.attachments;

import duban.ui.Fxml;
import javafx.scene.layout.VBox;

/**
 * The 附件 section of the details panel ({@code attachments.fxml}, whose root is this node): the
 * item's attachments, the removed ones folded away, a preview of the selected picture, and the
 * buttons 添加附件…, 打开, 另存为…, 移除….
 */
public final class AttachmentsSection extends VBox {

    AttachmentsSection(AttachmentsViewModel viewModel, AttachmentActions actions) {
        Fxml.loadInto(this, "attachments.fxml", type -> new AttachmentsController(viewModel, actions));
    }
}
