package duban.documents.drafting;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import duban.domain.documents.DocumentKind;
import duban.i18n.Messages;
import duban.ui.files.SafeFiles;
import duban.ui.print.CjkFontFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Drafts the documents with poi-tl from .docx templates, and their PDFs with PDFBox. */
public final class TemplateDrafter implements DocumentDrafter {

    /** The tags filled by repeating a table row (poi-tl's row loop), one row per entry. */
    private static final List<String> ROW_LOOPS = List.of("ranking", "previous");

    @Override
    public byte[] builtInTemplate(DocumentKind kind) {
        return BuiltInTemplates.of(Objects.requireNonNull(kind, "kind"));
    }

    @Override
    public List<String> check(DocumentKind kind, byte[] template) {
        Set<String> tags;
        try {
            tags = tagsIn(template);
        } catch (IOException | RuntimeException notADocx) {
            return List.of(Messages.get("document.check.notDocx"));
        }
        List<String> known = DocumentPlaceholder.tagsOf(kind);
        if (tags.isEmpty()) {
            return List.of(Messages.get("document.check.noTags", "{{" + known.get(0) + "}}"));
        }
        List<String> problems = new ArrayList<>();
        String knownText = String.join("、", known.stream().map(tag -> "{{" + tag + "}}").toList());
        for (String tag : tags) {
            if (!known.contains(tag)) {
                problems.add(Messages.get("document.check.unknownTag", "{{" + tag + "}}", knownText));
            }
        }
        return problems;
    }

    /** The tags a template holds, in the order they appear, as poi-tl reads them (also when split across runs). */
    static Set<String> tagsIn(byte[] template) throws IOException {
        if (template == null || template.length == 0) {
            throw new IOException("empty");
        }
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure())) {
            Set<String> tags = new LinkedHashSet<>();
            for (MetaTemplate meta : compiled.getElementTemplates()) {
                if (meta instanceof ElementTemplate element) {
                    tags.add(element.getTagName());
                }
            }
            return tags;
        }
    }

    @Override
    public void write(DocumentContent content, byte[] template, DocumentFormat format, Path out,
                      BooleanSupplier cancelled) throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        stopIf(cancelled);
        byte[] filled = fill(content, template != null ? template : builtInTemplate(content.kind()));
        stopIf(cancelled);
        if (format == DocumentFormat.DOCX) {
            SafeFiles.writeAtomically(out, file -> {
                Files.write(file, filled);
                stopIf(cancelled);
            });
            return;
        }
        CjkFontFile font = CjkFontFile.require();
        SafeFiles.writeAtomically(out, file -> {
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(filled))) {
                DocxPdf.write(document, font, file, cancelled);
            }
            stopIf(cancelled);
        });
    }

    /** {@code content} filled into {@code template}: the .docx's bytes. */
    static byte[] fill(DocumentContent content, byte[] template) throws IOException {
        Map<String, Object> data = DocumentData.of(content);
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure());
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            compiled.render(data);
            compiled.write(bytes);
            return bytes.toByteArray();
        } catch (IOException | RuntimeException cannotFill) {
            // poi-tl fails on a damaged or unusual template; the office hears what to do, not why.
            throw new IOException(Messages.get("document.fillFailed"), cannotFill);
        }
    }

    private static Configure configure() {
        LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
        var builder = Configure.builder();
        ROW_LOOPS.forEach(tag -> builder.bind(tag, rows));
        return builder.build();
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException("document drafting cancelled");
        }
    }
}
