package duban.statistics;

import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;

/** What the 统计 view reads from the store: the 通报 figures of a period, history-true week by week. */
@FunctionalInterface
public interface StatisticsPort {

    /** The figures of {@code period} over one {@code source}, or all sources when it is {@code null}. */
    BulletinFigures figures(ReportPeriod period, Source source);
}
