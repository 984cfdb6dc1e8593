package duban.documents.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.documents.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check() says of a template the office imports, and an office's own template in use. */
class TemplateCheckTest {

    private final TemplateDrafter drafter = new TemplateDrafter();

    @TempDir
    Path folder;

    @Test
    void everyBuiltInTemplatePassesItsOwnCheckAndUsesEveryPlaceholderOfItsKind() throws IOException {
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] template = drafter.builtInTemplate(kind);
            assertThat(drafter.check(kind, template)).as(kind.name()).isEmpty();
            assertThat(TemplateDrafter.tagsIn(template)).as(kind.name())
                    .containsExactlyInAnyOrderElementsOf(DocumentPlaceholder.tagsOf(kind));
        }
    }

    @Test
    void theReadmeListsEveryPlaceholderWithItsDescription() throws IOException {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### 文书模板：单位可以改什么"));
        for (DocumentPlaceholder placeholder : DocumentPlaceholder.values()) {
            assertThat(section).contains("| `" + placeholder.marker() + "` | " + placeholder.description() + " |");
        }
    }

    @Test
    void aFileThatIsNotADocxIsRefusedInChinese() {
        List<String> problems = drafter.check(DocumentKind.NOTICE, "这不是 Word 文档".getBytes(StandardCharsets.UTF_8));

        assertThat(problems).singleElement().asString().contains("不是能打开的 Word 文档");
        assertThat(drafter.check(DocumentKind.NOTICE, new byte[0])).hasSize(1);
    }

    @Test
    void anUnknownTagIsNamedWithTheKnownOnes() throws IOException {
        byte[] template = docx("{{heading}}", "督办〔2026〕{{numbr}}");

        List<String> problems = drafter.check(DocumentKind.NOTICE, template);

        assertThat(problems).singleElement().asString().contains("{{numbr}}", "{{number}}", "{{leadUnit}}");
    }

    @Test
    void aTagOfAnotherKindIsUnknownHere() throws IOException {
        assertThat(drafter.check(DocumentKind.NOTICE, docx("{{ranking}}"))).singleElement().asString()
                .contains("{{ranking}}");
    }

    @Test
    void aTemplateWithoutAnyTagIsRefused() throws IOException {
        assertThat(drafter.check(DocumentKind.BULLETIN, docx("关于督办事项办理情况的通报"))).singleElement().asString()
                .contains("没有任何占位符");
    }

    @Test
    void aTagSplitAcrossRunsAsWordSavesItStillWorks() throws IOException {
        byte[] template;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("编号：{{num");
            paragraph.createRun().setText("ber}}");
            paragraph.createRun().setText("，事项：{");
            paragraph.createRun().setText("{title}");
            paragraph.createRun().setText("}");
            document.write(bytes);
            template = bytes.toByteArray();
        }

        assertThat(drafter.check(DocumentKind.NOTICE, template)).isEmpty();
        Path out = folder.resolve("split.docx");
        drafter.write(Drafts.notice(Drafts.item()), template, DocumentFormat.DOCX, out, () -> false);
        try (XWPFDocument document = DocxDraftingTest.open(out)) {
            assertThat(new XWPFWordExtractor(document).getText().strip())
                    .isEqualTo("编号：清督办〔2026〕第 3 号，事项：推进城区雨污分流改造工程");
        }
    }

    @Test
    void anOfficesOwnTemplateIsUsedForTheDocxAndThePdf() throws IOException {
        byte[] own;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                drafter.builtInTemplate(DocumentKind.NOTICE))); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            // The office writes its heading in (no tag) and leaves out the contact line.
            document.getParagraphs().get(0).getRuns().get(0).setText("清河县委督查室　清河县政府督查室", 0);
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if (paragraph.getText().equals("{{contact}}")) {
                    paragraph.getRuns().get(0).setText("", 0);
                }
            }
            document.write(bytes);
            own = bytes.toByteArray();
        }
        assertThat(drafter.check(DocumentKind.NOTICE, own)).isEmpty();

        Path out = folder.resolve("own.docx");
        drafter.write(Drafts.notice(Drafts.item()), own, DocumentFormat.DOCX, out, () -> false);

        try (XWPFDocument document = DocxDraftingTest.open(out)) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).startsWith("清河县委督查室　清河县政府督查室").contains("清督办〔2026〕第 3 号")
                    .doesNotContain("0316-1234567").doesNotContain("{{");
        }
        duban.testing.MachineRequirement.require(duban.ui.print.CjkFontFile.find().isPresent(),
                duban.testing.MachineRequirement.NO_CHINESE_FONT);
        Path pdf = folder.resolve("own.pdf");
        drafter.write(Drafts.notice(Drafts.item()), own, DocumentFormat.PDF, pdf, () -> false);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\R", ""))
                    .contains("清河县委督查室　清河县政府督查室", "清督办〔2026〕第 3 号").doesNotContain("0316-1234567");
        }
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(bytes);
            return bytes.toByteArray();
        }
    }
}
