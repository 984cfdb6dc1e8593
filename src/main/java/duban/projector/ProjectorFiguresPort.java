package duban.projector;

import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;

/** What the projector's figures page reads from the store: the 通报 figures of a period. */
@FunctionalInterface
public interface ProjectorFiguresPort {

    /** The figures of {@code period} over one {@code source}, or all sources when it is {@code null}. */
    BulletinFigures figures(ReportPeriod period, Source source);
}
