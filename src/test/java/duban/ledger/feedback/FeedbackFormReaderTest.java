package duban.ledger.feedback;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.ledger.importing.ImportFileException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not a returned 反馈表 is refused with a Chinese message saying what to do. */
class FeedbackFormReaderTest {

    @TempDir
    Path folder;

    @Test
    void anOldXlsFileIsRefusedWithWhatToDo() throws Exception {
        Path file = folder.resolve("反馈表.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("督办事项办理情况反馈表");
            workbook.write(out);
        }
        assertThatThrownBy(() -> FeedbackFormReader.read(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("旧版 .xls").hasMessageContaining("另存为 .xlsx");
    }

    @Test
    void aDamagedFileIsRefused() throws Exception {
        Path file = folder.resolve("反馈表.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});
        assertThatThrownBy(() -> FeedbackFormReader.read(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("已损坏");
        Path text = folder.resolve("说明.xlsx");
        Files.writeString(text, "这不是表格");
        assertThatThrownBy(() -> FeedbackFormReader.read(text)).hasMessageContaining("已损坏");
    }

    @Test
    void aWorkbookThatIsNotOurFormIsRefused() throws Exception {
        Path file = folder.resolve("别的表.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("事项编号");
            workbook.write(out);
        }
        assertThatThrownBy(() -> FeedbackFormReader.read(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("不是督办看板导出的反馈表");
    }
}
