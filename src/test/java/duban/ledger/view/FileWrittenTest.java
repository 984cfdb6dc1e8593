package duban.ledger.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message a background file write leaves, for each way it can end. */
class FileWrittenTest {

    private final List<String> messages = new ArrayList<>();
    private final FileWritten outcome = new FileWritten(messages::add, Path.of("out", "台账.xlsx"),
            written -> "written " + written.getFileName());

    @Test
    void aWrittenFileIsNamedByTheGivenText() {
        outcome.done(Path.of("out", "台账.xlsx"));
        assertThat(messages).containsExactly("written 台账.xlsx");
    }

    @Test
    void aFailureNamesTheFile() {
        outcome.failed(new IOException("磁盘已满"));
        assertThat(messages).singleElement().asString().startsWith("导出 台账.xlsx 失败：");
    }

    @Test
    void aCancelledWriteNamesTheFile() {
        outcome.cancelled();
        assertThat(messages).singleElement().asString().isEqualTo("已取消导出 台账.xlsx，未留下文件。");
    }
}
