package duban.app;

import duban.projector.ProjectorFiguresPort;
import duban.statistics.StatisticsPort;
import duban.store.BulletinStore;

/** The 统计 view's and the projector's figures page's ports over the bulletin store. */
final class StatisticsPorts {

    private StatisticsPorts() {
    }

    /** The 统计 window reads the 通报 figures of the period and source chosen. */
    static StatisticsPort statistics(BulletinStore bulletins) {
        return bulletins::figures;
    }

    /** The projector's figures page reads this quarter's figures over all sources. */
    static ProjectorFiguresPort projector(BulletinStore bulletins) {
        return bulletins::figures;
    }
}
