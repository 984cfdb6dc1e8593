package duban.bench;

import duban.domain.Closing;
import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a benchmark data set: {@code n} items of realistic text lengths in every column, half of
 * them closed (办结销号), written through the application's own stores in one transaction, as
 * years of an office's work would leave the file. The same {@code n} always gives the same file.
 */
final class BenchData {

    private static final String[] DEPARTMENTS = {"县发展和改革局", "县财政局", "县住房和城乡建设局", "县交通运输局", "县教育局",
        "县卫生健康局", "县自然资源局", "县生态环境分局", "县水利局", "县农业农村局", "县市场监督管理局", "县人力资源和社会保障局",
        "县商务局", "县文化广电旅游体育局", "县应急管理局", "县数据资源局", "县城市管理局", "县信访局"};
    private static final String[] TOWNSHIPS = {"城关镇", "东坝镇", "西河乡", "南岭镇", "北塘乡", "青石镇", "白沙乡", "柳湾镇"};
    private static final String[] VERBS = {"推进", "完成", "落实", "加快", "建成", "整治", "开展", "督促", "研究解决"};
    private static final String[] THINGS = {"城区老旧小区改造项目", "农村公路提档升级工程", "中小学校舍安全排查", "企业开办全程网办改革",
        "城乡供水一体化建设", "河湖长制巡查整改问题", "重点项目用地报批", "营商环境投诉件办理", "高标准农田建设任务",
        "县医院新院区建设", "城东片区征迁安置房建设资金拨付", "农贸市场提升改造", "乡镇污水处理设施运行"};
    private static final String[] TAILS = {"", "", "，确保年底前全面完成", "，并形成长效管理机制，群众满意度明显提升",
        "（县政府常务会议第12次会议议定事项）", "，按季度报送进展情况"};
    private static final String[] SENTENCES = {"请牵头单位会同协办单位制定工作方案，明确时间节点和责任人。",
        "县委主要领导批示：要高度重视，倒排工期，挂图作战，确保按期完成。", "涉及资金请县财政局提前做好保障，专款专用。",
        "办理过程中遇到的困难和问题请及时报县政府督查室协调。", "请于每月25日前报送办理进展，逾期未报的将予以通报。",
        "群众反映强烈，请实地核查后依法依规妥善处理，并做好解释工作。", "本事项纳入年度绩效考核，办结情况将在县政府常务会议上通报。"};
    private static final String[] CLOSING_NOTES = {"已按期完成，经实地核查符合要求。", "项目已竣工验收并投入使用，群众反映良好。",
        "已完成整改，建立长效管理机制，相关资料已归档。", "经县政府常务会议研究，事项已办结销号。"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "建国卫东晓明丽华志强海燕国庆红梅文军秀英春生永平玉兰德胜";

    private BenchData() {
    }

    /** {@code java duban.bench.BenchData FILE N}: writes the data set (the file must not exist). */
    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Writes {@code count} items to a new file at {@code file}; returns how many items it holds. */
    static int write(Path file, int count) throws Exception {
        Files.deleteIfExists(file);
        try (Database database = Database.open(file)) {
            return fill(database, count);
        }
    }

    /**
     * A data set {@code times} the size of {@code base} (a file {@link #write} made), in a few
     * seconds instead of the half hour the stores take for 100,000 items: {@code base} copied to
     * {@code file}, then its items, their assisting units and their events inserted again with new
     * ids, each copy's titles marked and its positions after the last copy's. The copies' events
     * are not chained (nothing at start-up reads the chain). Returns how many items it holds.
     */
    static int scaled(Path base, Path file, int times) throws Exception {
        Files.deleteIfExists(file);
        Files.copy(base, file);
        try (Database database = Database.open(file)) {
            database.dsl().transaction(tx -> {
                long items = ((Number) tx.dsl().fetchValue("SELECT max(id) FROM item")).longValue();
                long events = ((Number) tx.dsl().fetchValue("SELECT max(id) FROM item_event")).longValue();
                double positions = ((Number) tx.dsl().fetchValue("SELECT max(position) FROM item")).doubleValue() + 1024;
                String columns = "title, details, status, position, source, category, lead_unit_id, owner, leader,"
                        + " assigned_on, deadline, closed_on, closing_note, withdrawn, withdrawn_reason, created_at,"
                        + " updated_at, version, working_deadline, assessed_deadline, return_count";
                for (int copy = 1; copy < times; copy++) {
                    tx.dsl().execute("INSERT INTO item (id, " + columns + ") SELECT id + ?, "
                            + columns.replace("title,", "title || ' 第' || ? || '批',")
                                    .replace(" position,", " position + ?,")
                            + " FROM item WHERE id <= ?", copy * items, copy + 1, copy * positions, items);
                    tx.dsl().execute("INSERT INTO item_assist_unit (item_id, unit_id) SELECT item_id + ?, unit_id"
                            + " FROM item_assist_unit WHERE item_id <= ?", copy * items, items);
                    tx.dsl().execute("INSERT INTO item_event (id, item_id, at, kind, from_status, to_status,"
                            + " from_position, to_position, changes, note, operator) SELECT id + ?, item_id + ?, at,"
                            + " kind, from_status, to_status, from_position, to_position, changes, note, operator"
                            + " FROM item_event WHERE id <= ?", copy * events, copy * items, events);
                }
            });
            return new ItemStore(database.dsl(), Clock.systemDefaultZone()).countAll();
        }
    }

    /** Writes the same {@code count} items to an empty database on a server (the shared-mode start-up). */
    static int writeOnServer(duban.store.ServerAddress address, int count) throws Exception {
        try (Database database = Database.openServer(address, null, false)) {
            return fill(database, count);
        }
    }

    private static int fill(Database database, int count) {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20261121L + count);
        database.dsl().transaction(tx -> {
            UnitStore unitStore = new UnitStore(tx.dsl());
            List<Unit> units = new ArrayList<>();
            for (String name : DEPARTMENTS) {
                units.add(unitStore.add(name, UnitKind.COUNTY_DEPARTMENT));
            }
            for (String name : TOWNSHIPS) {
                units.add(unitStore.add(name + "人民政府", UnitKind.TOWNSHIP));
            }
            ItemStore store = new ItemStore(tx.dsl(), clock);
            // An office deals with a few hundred 责任人 over the years, not one per item.
            List<String> people = new ArrayList<>();
            for (int p = 0; p < 400; p++) {
                people.add(person(random));
            }
            Map<Status, Integer> inColumn = new EnumMap<>(Status.class);
            for (int i = 0; i < count; i++) {
                // Half closed; the other half spread over 交办, 办理中 and 待反馈.
                Status status = i % 2 == 0 ? Status.CLOSED : Status.values()[(i / 2) % 3];
                // Closed items go back years; open ones were mostly assigned this year.
                LocalDate assigned = today.minusDays(random.nextInt(status == Status.CLOSED ? 1400 : 240));
                Item item = store.create(draft(i, random, units, people, assigned));
                int place = inColumn.merge(status, 1, Integer::sum);
                if (status == Status.CLOSED) {
                    LocalDate closedOn = item.assignedOn().plusDays(5 + random.nextInt(120));
                    store.move(item.id(), item.version(), Status.CLOSED, 1024.0 * place, new Closing(
                            closedOn.isAfter(today) ? today : closedOn, pick(random, CLOSING_NOTES)), null);
                } else if (status != Status.ASSIGNED) {
                    store.move(item.id(), item.version(), status, 1024.0 * place, null, null);
                }
            }
        });
        return new ItemStore(database.dsl(), clock).countAll();
    }

    private static ItemDraft draft(int i, Random random, List<Unit> units, List<String> people, LocalDate assigned) {
        String title = pick(random, VERBS) + pick(random, THINGS) + pick(random, TAILS) + " 第" + (i + 1) + "项";
        StringBuilder details = new StringBuilder();
        int sentences = random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            details.append(pick(random, SENTENCES));
        }
        Unit lead = units.get(random.nextInt(units.size()));
        List<Long> assists = new ArrayList<>();
        for (int a = random.nextInt(4) - 1; a > 0; a--) {
            Unit assist = units.get(random.nextInt(units.size()));
            if (assist.id() != lead.id() && !assists.contains(assist.id())) {
                assists.add(assist.id());
            }
        }
        return new ItemDraft(title, details.toString(), pick(random, Source.values()), pick(random, Category.values()),
                lead.id(), assists, people.get(random.nextInt(people.size())),
                random.nextBoolean() ? "副县长" + people.get(random.nextInt(12)) : null, assigned,
                assigned.plusDays(10 + random.nextInt(200)));
    }

    private static String person(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
