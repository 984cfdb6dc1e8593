package duban.domain;

import java.time.LocalDate;

/** What closing an item (办结销号) records: 办结日期 and 办结情况. */
public record Closing(LocalDate closedOn, String note) {
}
