package duban.documents.drafting;

import duban.domain.documents.DocumentKind;
import java.util.Arrays;
import java.util.List;

/**
 * The placeholders ({@code {{tag}}}) a template of each kind may hold, each with what it stands for:
 * the one catalogue that {@link TemplateDrafter#check} judges templates by and the README lists for
 * the office (文书模板：单位可以改什么).
 */
public enum DocumentPlaceholder {
    NOTICE_HEADING(DocumentKind.NOTICE, "heading", "发文机关（设置 → 文书中的抬头，如 XX县人民政府督查室）"),
    NOTICE_NUMBER(DocumentKind.NOTICE, "number", "通知单编号，如 督办〔2026〕第 3 号"),
    NOTICE_TITLE(DocumentKind.NOTICE, "title", "督办事项名称"),
    NOTICE_DETAILS(DocumentKind.NOTICE, "details", "督办事项的具体内容"),
    NOTICE_SOURCE(DocumentKind.NOTICE, "source", "事项来源，如 领导批示"),
    NOTICE_CATEGORY(DocumentKind.NOTICE, "category", "督办类别，如 重点督办"),
    NOTICE_ASSIGNED_ON(DocumentKind.NOTICE, "assignedOn", "交办日期，如 2026年12月5日"),
    NOTICE_DEADLINE(DocumentKind.NOTICE, "deadline", "办理时限（日期）"),
    NOTICE_DEADLINE_RULE(DocumentKind.NOTICE, "deadlineRule", "办理时限的依据：默认时限的规则，或交办时另行确定"),
    NOTICE_LEAD_UNIT(DocumentKind.NOTICE, "leadUnit", "牵头单位"),
    NOTICE_ASSIST_UNITS(DocumentKind.NOTICE, "assistUnits", "协办单位，以顿号分隔；没有时为“无”"),
    NOTICE_OWNER(DocumentKind.NOTICE, "owner", "责任人"),
    NOTICE_LEADER(DocumentKind.NOTICE, "leader", "责任领导"),
    NOTICE_REPORTING(DocumentKind.NOTICE, "reporting", "进展报送要求，如 请每 7 天报送一次办理进展"),
    NOTICE_CONTACT(DocumentKind.NOTICE, "contact", "联系人及电话"),
    NOTICE_ISSUED_ON(DocumentKind.NOTICE, "issuedOn", "发文日期，如 2026年12月5日"),
    NOTICE_SIGNATURE(DocumentKind.NOTICE, "signature", "落款"),

    REMINDER_HEADING(DocumentKind.REMINDER_NOTICE, "heading", "发文机关"),
    REMINDER_LEVEL(DocumentKind.REMINDER_NOTICE, "levelTitle", "督办单的颜色和名称：蓝色／黄色／红色督办单（以相应颜色显示）"),
    REMINDER_NUMBER(DocumentKind.REMINDER_NOTICE, "number", "催办单编号，如 催办〔2026〕第 1 号"),
    REMINDER_TITLE(DocumentKind.REMINDER_NOTICE, "title", "督办事项名称"),
    REMINDER_LEAD_UNIT(DocumentKind.REMINDER_NOTICE, "leadUnit", "牵头单位"),
    REMINDER_ASSIGNED_ON(DocumentKind.REMINDER_NOTICE, "assignedOn", "交办日期"),
    REMINDER_ORIGINAL_DEADLINE(DocumentKind.REMINDER_NOTICE, "originalDeadline", "交办时的办理时限"),
    REMINDER_CURRENT_DEADLINE(DocumentKind.REMINDER_NOTICE, "currentDeadline", "现行办理时限（含已批准的延期）"),
    REMINDER_DEADLINE_STATUS(DocumentKind.REMINDER_NOTICE, "deadlineStatus", "已逾期天数，或距办理时限的天数"),
    REMINDER_REPORTING_STATUS(DocumentKind.REMINDER_NOTICE, "reportingStatus", "进展报送情况，如 已逾期 12 天未报送办理进展"),
    REMINDER_PREVIOUS_SUMMARY(DocumentKind.REMINDER_NOTICE, "previousSummary", "此前催办的次数，或“此前未催办”"),
    REMINDER_PREVIOUS(DocumentKind.REMINDER_NOTICE, "previous", "此前催办情况表（表格行循环：[date] [method] [level] [note]）"),
    REMINDER_REQUIREMENT(DocumentKind.REMINDER_NOTICE, "requirement", "催办要求"),
    REMINDER_REQUIRED_BY(DocumentKind.REMINDER_NOTICE, "requiredBy", "要求反馈的日期"),
    REMINDER_CONTACT(DocumentKind.REMINDER_NOTICE, "contact", "联系人及电话"),
    REMINDER_ISSUED_ON(DocumentKind.REMINDER_NOTICE, "issuedOn", "发文日期"),
    REMINDER_SIGNATURE(DocumentKind.REMINDER_NOTICE, "signature", "落款"),

    BULLETIN_HEADING(DocumentKind.BULLETIN, "heading", "发文机关"),
    BULLETIN_TITLE(DocumentKind.BULLETIN, "bulletinTitle", "通报标题，含期间，如 关于2026年第四季度督办事项办理情况的通报"),
    BULLETIN_PERIOD(DocumentKind.BULLETIN, "period", "通报期间，如 2026年12月1日至7日"),
    BULLETIN_SOURCE(DocumentKind.BULLETIN, "scope", "通报范围：全部来源，或一个事项来源"),
    BULLETIN_OVERVIEW(DocumentKind.BULLETIN, "overview", "总体情况段落：事项数、新增、办结、办结率、按时办结率及环比、逾期和临期"),
    BULLETIN_RANKING(DocumentKind.BULLETIN, "ranking",
            "单位排名表（表格行循环：[rank] [unit] [total] [closed] [completion] [onTime] [overdue] [dueSoon]）"),
    BULLETIN_COMMENDED(DocumentKind.BULLETIN, "commended", "表扬段落：全部按时办结的单位；本期无时如实说明"),
    BULLETIN_NAMED(DocumentKind.BULLETIN, "named",
            "通报段落：有逾期事项的单位及其逾期事项（每个单位列出逾期最久的 5 项，其余注明“详见督办台账”）"),
    BULLETIN_BAR_CHART(DocumentKind.BULLETIN, "completionChart", "图表（柱形图）：各单位办结率；标签写在图表的可选文字中"),
    BULLETIN_LINE_CHART(DocumentKind.BULLETIN, "trendChart", "图表（折线图）：逐周办结率、未办结数、逾期数；标签写在图表的可选文字中"),
    BULLETIN_ISSUED_ON(DocumentKind.BULLETIN, "issuedOn", "发文日期"),
    BULLETIN_SIGNATURE(DocumentKind.BULLETIN, "signature", "落款");

    private final DocumentKind kind;
    private final String tag;
    private final String description;

    DocumentPlaceholder(DocumentKind kind, String tag, String description) {
        this.kind = kind;
        this.tag = tag;
        this.description = description;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The name between the braces: {@code number} in {@code {{number}}}. */
    public String tag() {
        return tag;
    }

    /** What it stands for, in Chinese, for the office. */
    public String description() {
        return description;
    }

    /** The placeholder as written in a template. */
    public String marker() {
        return "{{" + tag + "}}";
    }

    /** The placeholders of {@code kind}, in the catalogue's order. */
    public static List<DocumentPlaceholder> of(DocumentKind kind) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.kind == kind).toList();
    }

    /** The tags of {@code kind}. */
    public static List<String> tagsOf(DocumentKind kind) {
        return of(kind).stream().map(DocumentPlaceholder::tag).toList();
    }
}
