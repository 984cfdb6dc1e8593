package duban.ledger.importing;

import duban.ledger.ExportColumn;
import duban.ledger.LedgerColumn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns an import reads, each recognised by the ledger's own header (LedgerColumn) or a
 * synonym offices commonly use. Matching ignores whitespace and the * some templates put on
 * required columns; columns not named here are ignored. 状态, 办结日期, 办结情况 and 办理进展 are
 * what a ledger we exported carries about where each item stands ({@link ImportedStates}).
 */
public enum ImportColumn {
    TITLE(LedgerColumn.TITLE.header(), "事项名称", "任务", "工作任务", "督办内容"),
    DETAILS("具体内容", "工作要求", "任务内容"),
    SOURCE(LedgerColumn.SOURCE.header(), "来源"),
    CATEGORY("督办类别", "类别"),
    ASSIGNED_ON(LedgerColumn.ASSIGNED_ON.header(), "交办时间"),
    LEAD_UNIT(LedgerColumn.LEAD_UNIT.header(), "责任单位", "主办单位"),
    ASSIST_UNITS(LedgerColumn.ASSIST_UNITS.header(), "配合单位"),
    OWNER(LedgerColumn.OWNER.header(), "具体责任人"),
    LEADER("责任领导", "分管领导"),
    DEADLINE(LedgerColumn.DEADLINE.header(), "完成时限", "办结时限", "时限", "完成时间"),
    REMARKS(LedgerColumn.REMARKS.header()),
    /** 序号, read for the tree it may write (3, 3.1, 3.2); a plain 1, 2, 3 says nothing. */
    NUMBER(LedgerColumn.NUMBER.header(), "编号"),
    /** 上级事项: the parent row's 序号 or 督办事项, for a sub-item (事项分解). */
    PARENT("上级事项", "上级任务", "所属事项"),
    /** 状态 as the ledger writes it (办理中·逾期, 办结销号·按时办结, 已撤销). */
    STATUS(LedgerColumn.STATUS.header(), "办理状态", "办理情况"),
    CLOSED_ON(LedgerColumn.CLOSED_ON.header(), "办结时间", "销号日期"),
    CLOSING_NOTE(ExportColumn.CLOSING_NOTE.header(), "完成情况", "销号情况"),
    /** The latest 办理进展 as the ledger writes it: 2026-11-20: what was reported. */
    PROGRESS(LedgerColumn.PROGRESS.header(), "工作进展", "进展情况");

    private final List<String> names;

    ImportColumn(String... names) {
        this.names = Stream.of(names).map(ImportColumn::normalize).toList();
    }

    /** The header this column is written under in our template: its first name. */
    public String header() {
        return names.get(0);
    }

    /** Every header this column is recognised by, normalised. */
    List<String> names() {
        return names;
    }

    /** The column a header cell names, if any. */
    public static Optional<ImportColumn> byHeader(String header) {
        String wanted = normalize(header);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Stream.of(values()).filter(column -> column.names.contains(wanted)).findFirst();
    }

    /** A header without whitespace (full-width too), required-marks and (必填). */
    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        return header.replaceAll("[\\s\\u3000\\u00a0\\ufeff]+", "")
                .replace("（必填）", "").replace("(必填)", "")
                .replace("*", "").replace("＊", "")
                .toLowerCase(Locale.ROOT);
    }
}
