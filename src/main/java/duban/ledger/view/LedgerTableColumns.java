package duban.ledger.view;

import duban.domain.DeadlineState;
import duban.i18n.Messages;
import duban.ledger.LedgerBreaks;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerStyles;
import duban.ui.StyleClasses;
import duban.ui.text.LineBreakRule;
import duban.ui.text.RuleWrapping;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The run-time part of the ledger's table: one column per {@link LedgerColumn} with cells whose
 * text wraps, rows marked as group headings, subtotals or withdrawn items, and header clicks that
 * sort the ledger itself. The table's frame (id, style, placeholder) is in {@code ledger.fxml}.
 */
final class LedgerTableColumns {

    /** theme.css sets the font at 10.5 pt, 14 px: column widths are given in that em. */
    static final double EM = 14;

    private LedgerTableColumns() {
    }

    /** Fills {@code table} with the ledger's columns and lines, sorting through {@code viewModel}. */
    static void install(TableView<LedgerLine> table, LedgerViewModel viewModel) {
        table.setItems(viewModel.lines());
        // One rule per ledger: its unit names and headers stay whole in the cells, as on paper.
        ObjectBinding<LineBreakRule> breaks = Bindings.createObjectBinding(() -> viewModel.ledgerProperty().get() == null
                ? LineBreakRule.STANDARD : LedgerBreaks.rule(viewModel.ledgerProperty().get()), viewModel.ledgerProperty());
        for (LedgerColumn column : LedgerColumn.values()) {
            table.getColumns().add(column(column, breaks));
        }
        // A header click sorts the ledger itself (numbering, groups and pages follow), not just the rows on screen.
        table.setSortPolicy(view -> {
            if (view.getSortOrder().isEmpty()) {
                viewModel.clearSort();
            } else {
                TableColumn<LedgerLine, ?> first = view.getSortOrder().get(0);
                viewModel.sortTo((LedgerColumn) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        table.setRowFactory(view -> new LineRow());
    }

    /** The style class a row of {@code line} gets, or {@code null} for a plain row. */
    static String rowStyle(LedgerLine line) {
        if (line instanceof LedgerLine.Heading) {
            return LedgerStyles.GROUP_HEADING;
        } else if (line instanceof LedgerLine.Subtotal) {
            return LedgerStyles.SUBTOTAL;
        } else if (line instanceof LedgerLine.Row row && row.row().item().withdrawn()) {
            return LedgerStyles.WITHDRAWN;
        }
        return null;
    }

    private static TableColumn<LedgerLine, LedgerLine> column(LedgerColumn column, ObjectBinding<LineBreakRule> breaks) {
        TableColumn<LedgerLine, LedgerLine> tableColumn = new TableColumn<>(column.header());
        tableColumn.setId("ledger-column-" + column.name());
        tableColumn.setUserData(column);
        tableColumn.setCellValueFactory(features -> Bindings.createObjectBinding(features::getValue));
        tableColumn.setPrefWidth(width(column) * EM);
        // Never narrower than its header (and the sort arrow): 事项来源 must not become 事项...
        tableColumn.setMinWidth((column.header().length() + 2.6) * EM);
        tableColumn.setReorderable(false);
        tableColumn.setCellFactory(view -> new WrappingCell(column, breaks));
        return tableColumn;
    }

    /** Widths in em: the long texts wide, the dates just wide enough for 2026-11-21. */
    static double width(LedgerColumn column) {
        return switch (column) {
            case NUMBER -> 3.4;
            case TITLE -> 17;
            case SOURCE -> 5.5;
            case ASSIGNED_ON, DEADLINE, CLOSED_ON -> 6.6;
            case LEAD_UNIT -> 7.5;
            case ASSIST_UNITS -> 7.5;
            case OWNER -> 4.5;
            case PROGRESS -> 14;
            case STATUS -> 6.5;
            case REMARKS -> 9;
        };
    }

    /** What a cell of {@code column} shows for {@code line}: groups and subtotals speak in the 督办事项 column. */
    static String cellText(LedgerColumn column, LedgerLine line) {
        if (line instanceof LedgerLine.Row row) {
            return column.text(row.row());
        } else if (line instanceof LedgerLine.Heading heading && column == LedgerColumn.TITLE) {
            return Messages.get("ledger.ui.groupHeading", heading.text(), heading.count());
        } else if (line instanceof LedgerLine.Subtotal subtotal && column == LedgerColumn.TITLE) {
            return Messages.get("ledger.ui.subtotal", subtotal.totals().describe());
        }
        return "";
    }

    /** A row styled as what its line is. */
    private static final class LineRow extends TableRow<LedgerLine> {
        @Override
        protected void updateItem(LedgerLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(LedgerStyles.GROUP_HEADING, LedgerStyles.SUBTOTAL, LedgerStyles.WITHDRAWN);
            String style = empty ? null : rowStyle(line);
            if (style != null) {
                getStyleClass().add(style);
            }
        }
    }

    /**
     * A cell whose text wraps to the column's width by the ledger's {@link LineBreakRule} (never
     * 2027-/04-13), so the row grows to show it whole.
     */
    private static final class WrappingCell extends TableCell<LedgerLine, LedgerLine> {
        private final LedgerColumn column;
        private final ObjectBinding<LineBreakRule> breaks;
        private final Text text = new Text();
        private final RuleWrapping wrapping = RuleWrapping.of(text);

        WrappingCell(LedgerColumn column, ObjectBinding<LineBreakRule> breaks) {
            this.column = column;
            this.breaks = breaks;
            text.getStyleClass().add(LedgerStyles.CELL_TEXT);
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
            getStyleClass().add(LedgerStyles.CELL_PREFIX + column.name().toLowerCase(Locale.ROOT));
        }

        @Override
        protected void updateItem(LedgerLine line, boolean empty) {
            super.updateItem(line, empty);
            pseudoClassStateChanged(StyleClasses.OVERDUE, false);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            if (line instanceof LedgerLine.Row row && column == LedgerColumn.STATUS) {
                pseudoClassStateChanged(StyleClasses.OVERDUE, row.row().deadlineState() == DeadlineState.OVERDUE
                        || row.row().deadlineState() == DeadlineState.CLOSED_LATE);
            }
            wrapping.show(breaks.get(), cellText(column, line));
            setGraphic(text);
        }
    }
}
