package duban.domain;



/**
 * One unit's line in the 单位统计 table.
 *
 * @param rank      its place in the ranking, shared with the units it ties with (1, 2, 2, 4)
 * @param tally     its figures
 * @param assisting how many of {@code tally.total()} it only assists (协办); 0 unless assisting units are counted
 */
public record UnitRow(int rank, Unit unit, Tally tally, int assisting) {
}
