package duban.domain.documents;

import duban.domain.Labeled;

/** The documents the office drafts from a Word template of its own (or the built-in one). */
public enum DocumentKind implements Labeled {
    /** 督办通知单: hands an item to its lead unit, numbered 督办〔2026〕第 N 号. */
    NOTICE,
    /** 催办单: a 督办单 in the reminder's colour (蓝 / 黄 / 红), numbered from its own sequence. */
    REMINDER_NOTICE,
    /** 督查通报: the periodic report with its figures, ranking and charts; not numbered here. */
    BULLETIN;

    /** Whether issuing one takes a number from the office's sequence (and is recorded). */
    public boolean isNumbered() {
        return this != BULLETIN;
    }

    @Override
    public String labelPrefix() {
        return "documentKind";
    }
}
