package duban.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The second reference of {@code bench/run --packaged}: what a board with its cards costs in JavaFX
 * alone. Four {@code ListView}s ({@code #column-<STATUS>}, as the board's), each a column's share of
 * {@code --items N} cards made in memory, in cells whose card has the board card's shape (source and
 * category, the title wrapped, 责任人, 协办单位, markers, deadline, original deadline and where it
 * stands) in plain labels, styled by a few lines of CSS. No database, no FXML, no toolbar, filter bar
 * or details panel, no ControlsFX or Ikonli, none of the app's classes. Timed as {@link MinimalApp}
 * (to the frame that lays out the first {@code .item-card}), packaged beside it the same way
 * ({@code bench/package-minimal}): the floor under the board's start-up ratio.
 */
public final class CardListsApp extends Application {

    private static final String[] STATUSES = {"ASSIGNED", "IN_PROGRESS", "AWAITING_FEEDBACK", "CLOSED"};
    private static final String[] COLUMN_NAMES = {"交办", "办理中", "待反馈", "办结销号"};
    private static final String[] UNITS = {"县发展和改革局", "县生态环境局", "县教育局", "县财政局", "县住房和城乡建设局",
            "县交通运输局"};
    private static final String STYLESHEET = "data:text/css,"
            + ".item-card{-fx-background-color:white;-fx-background-radius:6;-fx-border-color:%23d0d7de;"
            + "-fx-border-radius:6;-fx-padding:8 10;-fx-spacing:3;}"
            + ".card-title{-fx-font-weight:bold;-fx-font-size:1.08em;}"
            + ".card-meta{-fx-text-fill:%2357606a;}"
            + ".card-tag{-fx-background-color:%23eef2f7;-fx-background-radius:3;-fx-padding:0 4;}"
            + ".card-due{-fx-text-fill:%23b35900;}";

    /** One card's words, as the board's card shows them. */
    record Card(long id, String source, String category, String title, String owner, String assist, String marker,
                LocalDate deadline, String due) {
    }

    @Override
    public void start(Stage stage) {
        int items = itemsOf(getParameters().getRaw());
        Scene scene = scene(items);
        Parent board = scene.getRoot();
        MinimalApp.showAndTimeFirstFrame(stage, scene, () -> board.lookup(".item-card") != null, items);
    }

    /** {@code --items N}; 10,000 without it (the training run of the AppCDS archive passes the board's options). */
    static int itemsOf(List<String> args) {
        int at = args.indexOf("--items");
        return at >= 0 && at + 1 < args.size() ? Integer.parseInt(args.get(at + 1)) : 10_000;
    }

    /** The window's content at the board's default size, styled. */
    static Scene scene(int items) {
        Scene scene = new Scene(board(items), 1280, 800);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    /** The four columns, the cards dealt to them in turn. */
    private static Parent board(int items) {
        List<List<Card>> columns = new ArrayList<>();
        for (int column = 0; column < STATUSES.length; column++) {
            columns.add(new ArrayList<>());
        }
        LocalDate firstDeadline = LocalDate.of(2026, 12, 1);
        for (int i = 0; i < items; i++) {
            columns.get(i % STATUSES.length).add(new Card(i, i % 2 == 0 ? "县委常委会议" : "政府工作报告",
                    i % 3 == 0 ? "领导批示" : "常规", "关于推进第" + i + "项重点工作落实情况的督办", "责任人 张" + (i % 50),
                    UNITS[i % UNITS.length], i % 7 == 0 ? "已催办 2 次" : "", firstDeadline.plusDays(i % 90),
                    i % 5 == 0 ? "临期 2 个工作日" : "剩 " + (i % 20 + 3) + " 个工作日"));
        }
        HBox board = new HBox(8);
        for (int column = 0; column < STATUSES.length; column++) {
            ListView<Card> list = new ListView<>(FXCollections.observableArrayList(columns.get(column)));
            list.setId("column-" + STATUSES[column]);
            list.setCellFactory(view -> new CardCell());
            VBox box = new VBox(4, new Label(COLUMN_NAMES[column] + " " + columns.get(column).size()), list);
            VBox.setVgrow(list, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setPrefWidth(300);
            board.getChildren().add(box);
        }
        return board;
    }

    /** A cell that keeps one card node and fills it with the card it shows. */
    private static final class CardCell extends ListCell<Card> {
        private final Label source = meta();
        private final Label category = new Label();
        private final Label title = new Label();
        private final Label owner = meta();
        private final Label assist = meta();
        private final Label marker = new Label();
        private final Label deadline = new Label();
        private final Label originalDeadline = new Label();
        private final Label due = new Label();
        private final FlowPane markers = new FlowPane(4, 3, marker);
        private final VBox card;

        CardCell() {
            category.getStyleClass().add("card-tag");
            title.getStyleClass().add("card-title");
            title.setWrapText(true);
            due.getStyleClass().add("card-due");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            markers.managedProperty().bind(markers.visibleProperty());
            FlowPane bottom = new FlowPane(10, 2, deadline, originalDeadline, due);
            card = new VBox(new HBox(source, spacer, category), title, owner, assist, markers, bottom);
            card.getStyleClass().add("item-card");
            markers.prefWrapLengthProperty().bind(card.widthProperty().subtract(24));
            bottom.prefWrapLengthProperty().bind(card.widthProperty().subtract(24));
        }

        private static Label meta() {
            Label label = new Label();
            label.getStyleClass().add("card-meta");
            return label;
        }

        @Override
        protected void updateItem(Card item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            source.setText(item.source());
            category.setText(item.category());
            title.setText(item.title());
            owner.setText(item.owner());
            assist.setText("协办 " + item.assist());
            marker.setText(item.marker());
            markers.setVisible(!item.marker().isEmpty());
            deadline.setText("时限 " + item.deadline());
            originalDeadline.setText("");
            due.setText(item.due());
            card.getProperties().put("duban.card.itemId", item.id());
            setGraphic(card);
        }
    }

    /** Launched directly, as {@code duban.app.Main} launches the board. */
    public static void main(String[] args) {
        Application.launch(CardListsApp.class, args);
    }
}
