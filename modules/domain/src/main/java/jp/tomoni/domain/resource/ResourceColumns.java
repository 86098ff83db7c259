package jp.tomoni.domain.resource;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.shared.FieldViolation;

/**
 * The layout of a spreadsheet of social resources (社会資源の一覧), for bulk import and for export: one row per
 * resource, one column per field, headed in Japanese ({@link #header()}). An export reads back in unchanged.
 *
 * <h2>Reading</h2>
 * <ul>
 * <li>The first row given is the heading row. Columns may come in any order and any may be left out; a heading
 *     may also be one of the English names ({@code name}, {@code kana}, {@code category}, …) or a common
 *     Japanese variant (電話番号, 所在地, …). Width, case, spaces and a trailing 「*」 or 「（必須）」 do not
 *     matter. A heading that is none of these is a fault (code {@code import.unknownColumn}), as is a column
 *     given twice ({@code import.duplicateColumn}) or a missing 名称 or 支援の種類 column
 *     ({@code import.missingColumn}); these are reported on the heading row.</li>
 * <li>Choices (支援の種類, 相談内容, 対象条件, 対応言語, 公開範囲) are given by their Japanese label as in the
 *     application, by the enum name ({@code FOOD}), and for 対応言語 also by the language code ({@code en}) or
 *     name (英語, English); for 相談内容 also by the number on the 相談受付・申込票 (1–16) or a short form
 *     (住まい, DV). Several values are separated by 「、」「,」「;」 or line breaks. A value that is none of
 *     these is a fault ({@code unknownOption}, with the value).</li>
 * <li>Yes/no columns take はい/いいえ, ○/×, あり/なし, true/false, 1/0; blank is いいえ.</li>
 * <li>A place (場所) is made when 場所の名前 or 住所 is filled; its name defaults to the address. Other place
 *     columns filled without either are a fault on 場所の名前. The resource's own address is the place's,
 *     unless the place is not to be shown (非公開の場所), so a shelter's address never shows with the service.</li>
 * </ul>
 *
 * <h2>Faults</h2>
 * A fault is a {@link FieldViolation} whose {@code field} is the column's Japanese heading from
 * {@link #header()} (e.g. 支援の種類), so a preview can say 「3行目 支援の種類: …」 in the words of the sheet;
 * for a heading fault it is the heading as written in the file. The codes are the domain's own
 * ({@code required}, {@code tooLong}, {@code kana}, {@code outOfRange}, …) plus {@code unknownOption} and
 * {@code malformed} for a cell that cannot be read as its column's kind of value.
 */
public final class ResourceColumns {
    /** The column of a fault not tied to one column of the sheet. */
    public static final String NO_COLUMN = "";

    private static final Pattern SEPARATORS = Pattern.compile("[、,;，；\\n]+");
    private static final String JOIN = "、";
    private static final String YES = "はい";
    private static final String NO = "いいえ";
    private static final Set<String> TRUE_WORDS = Set.of("はい", "yes", "y", "true", "1", "○", "〇", "◯", "●", "◎",
            "あり", "有", "可", "対象");
    private static final Set<String> FALSE_WORDS = Set.of("いいえ", "no", "n", "false", "0", "×", "✕", "✖", "x",
            "なし", "無", "不可", "-", "ー", "―", "対象外");

    /** The columns, in the order of {@link #header()}. */
    enum Column {
        NAME("名称", "name", "名前", "資源名", "サービス名", "事業名"),
        KANA("ふりがな", "kana", "nameKana", "name_kana", "フリガナ", "よみがな", "ヨミガナ", "読み"),
        CATEGORY("支援の種類", "category", "種類", "分類", "カテゴリ", "カテゴリー"),
        AREAS("相談内容", "areas", "problemAreas", "相談の内容", "ご相談の内容"),
        DESCRIPTION("説明", "description", "概要", "事業内容"),
        ORGANIZATION("団体名", "organization", "organizationName", "団体", "運営団体", "実施機関", "事業者"),
        LOCATION_NAME("場所の名前", "locationName", "location", "場所", "実施場所", "会場"),
        POSTAL_CODE("郵便番号", "postalCode", "zip", "zipCode", "postcode", "〒"),
        ADDRESS("住所", "address", "所在地"),
        DISTRICT("地区", "district", "地域", "校区"),
        LATITUDE("緯度", "latitude", "lat"),
        LONGITUDE("経度", "longitude", "lng", "lon"),
        CONFIDENTIAL("非公開の場所", "confidential", "場所を公開しない", "住所非公開"),
        ELIGIBILITY("対象者", "eligibility", "eligibilityText", "対象", "対象となる方"),
        MIN_AGE("対象年齢（下限）", "minAge", "下限年齢", "年齢下限"),
        MAX_AGE("対象年齢（上限）", "maxAge", "上限年齢", "年齢上限"),
        RESIDENTS_ONLY("市内在住者のみ", "residentsOnly", "在住者のみ", "区内在住者のみ", "町内在住者のみ", "村内在住者のみ"),
        CONDITIONS("対象条件", "conditions", "eligibilityConditions"),
        LANGUAGES("対応言語", "languages", "言語"),
        HOURS("受付時間", "hours", "openingHours", "開所時間", "利用時間"),
        FEES("費用", "fees", "fee", "料金", "利用料"),
        FREE("無料", "free", "freeOfCharge"),
        PHONE("電話", "phone", "tel", "telephone", "電話番号"),
        EMAIL("メール", "email", "mail", "メールアドレス"),
        URL("ウェブサイト", "url", "website", "web", "ホームページ", "hp"),
        ACCESSIBILITY("バリアフリー", "accessibility", "バリアフリー情報"),
        VISIBILITY("公開範囲", "visibility");

        final String heading;
        final List<String> aliases;

        Column(String heading, String... aliases) {
            this.heading = heading;
            this.aliases = List.of(aliases);
        }
    }

    private static final Map<String, Column> BY_HEADING = new HashMap<>();
    /** The column of each field the drafts report on. */
    private static final Map<String, Column> BY_FIELD = Map.ofEntries(
            Map.entry("name", Column.NAME), Map.entry("nameKana", Column.KANA), Map.entry("category", Column.CATEGORY),
            Map.entry("areas", Column.AREAS), Map.entry("description", Column.DESCRIPTION),
            Map.entry("address", Column.ADDRESS), Map.entry("hours", Column.HOURS), Map.entry("fees", Column.FEES),
            Map.entry("accessibility", Column.ACCESSIBILITY), Map.entry("eligibility.text", Column.ELIGIBILITY),
            Map.entry("eligibility.minAge", Column.MIN_AGE), Map.entry("eligibility.maxAge", Column.MAX_AGE),
            Map.entry("phone", Column.PHONE), Map.entry("email", Column.EMAIL), Map.entry("url", Column.URL),
            Map.entry("visibility", Column.VISIBILITY), Map.entry("languages", Column.LANGUAGES),
            Map.entry("location.name", Column.LOCATION_NAME), Map.entry("location.postalCode", Column.POSTAL_CODE),
            Map.entry("location.address", Column.ADDRESS), Map.entry("location.district", Column.DISTRICT),
            Map.entry("location.latitude", Column.LATITUDE), Map.entry("location.longitude", Column.LONGITUDE),
            Map.entry("location.hours", Column.HOURS), Map.entry("location.accessibility", Column.ACCESSIBILITY));

    static {
        for (Column c : Column.values()) {
            BY_HEADING.put(key(c.heading), c);
            BY_HEADING.put(key(c.name()), c);
            c.aliases.forEach(a -> BY_HEADING.putIfAbsent(key(a), c));
        }
    }

    // ---- labels (as the application shows them; the UI bundles hold the same words)

    private static final Map<ResourceCategory, String> CATEGORY_LABELS = labels(ResourceCategory.class,
            "健康・医療", "住まい", "収入・生活費", "家計", "債務・借金", "就労", "家族関係", "子育て", "介護",
            "ひきこもり", "虐待・暴力", "食料支援", "法律相談", "教育・学習", "地域・居場所", "その他");
    /** The 相談受付・申込票's wording. */
    private static final Map<ProblemArea, String> AREA_LABELS = labels(ProblemArea.class,
            "病気や健康、障害のこと", "住まいについて", "収入・生活費のこと", "家賃やローンの支払いのこと",
            "税金や公共料金等の支払いについて", "債務について", "仕事探し、就職について", "仕事上の不安やトラブル",
            "地域との関係について", "家族との関係について", "子育てのこと", "介護のこと", "ひきこもり・不登校",
            "DV・虐待", "食べるものがない", "その他");
    private static final Map<EligibilityCondition, String> CONDITION_LABELS = labels(EligibilityCondition.class,
            "生活に困っている方", "生活保護を受けている方", "健康保険のない方", "障害のある方", "ひとり親家庭",
            "高齢の方", "子ども・若者", "外国籍の方", "DV・暴力の被害を受けている方", "住まいのない方");
    private static final Map<SupportLanguage, String> LANGUAGE_LABELS = labels(SupportLanguage.class,
            "日本語", "やさしい日本語", "英語", "中国語", "韓国語", "ベトナム語", "ポルトガル語", "スペイン語",
            "タガログ語", "ネパール語", "インドネシア語", "タイ語", "ミャンマー語", "手話");
    private static final Map<Visibility, String> VISIBILITY_LABELS = labels(Visibility.class,
            "一般公開", "地域の仲間向け", "職員のみ");

    private static final Choices<ResourceCategory> CATEGORIES = new Choices<>(ResourceCategory.class, CATEGORY_LABELS, Map.of());
    private static final Choices<ProblemArea> AREAS = new Choices<>(ProblemArea.class, AREA_LABELS, areaAliases());
    private static final Choices<EligibilityCondition> CONDITIONS = new Choices<>(EligibilityCondition.class, CONDITION_LABELS,
            Map.ofEntries(Map.entry("生活に困っている方（収入要件あり）", EligibilityCondition.LOW_INCOME),
                    Map.entry("生活困窮", EligibilityCondition.LOW_INCOME),
                    Map.entry("生活保護", EligibilityCondition.PUBLIC_ASSISTANCE),
                    Map.entry("無保険", EligibilityCondition.UNINSURED),
                    Map.entry("障害", EligibilityCondition.DISABILITY), Map.entry("障がい", EligibilityCondition.DISABILITY),
                    Map.entry("障害のある人", EligibilityCondition.DISABILITY),
                    Map.entry("ひとり親", EligibilityCondition.SINGLE_PARENT),
                    Map.entry("高齢者", EligibilityCondition.ELDERLY),
                    Map.entry("子ども", EligibilityCondition.CHILDREN_YOUTH), Map.entry("若者", EligibilityCondition.CHILDREN_YOUTH),
                    Map.entry("外国籍", EligibilityCondition.FOREIGN_RESIDENT), Map.entry("外国人", EligibilityCondition.FOREIGN_RESIDENT),
                    Map.entry("DV", EligibilityCondition.VIOLENCE_SURVIVOR), Map.entry("暴力", EligibilityCondition.VIOLENCE_SURVIVOR),
                    Map.entry("住まいがない方", EligibilityCondition.HOMELESS), Map.entry("ホームレス", EligibilityCondition.HOMELESS)));
    private static final Choices<SupportLanguage> LANGUAGES = new Choices<>(SupportLanguage.class, LANGUAGE_LABELS, languageAliases());
    private static final Choices<Visibility> VISIBILITIES = new Choices<>(Visibility.class, VISIBILITY_LABELS,
            Map.of("公開", Visibility.PUBLIC, "地域の仲間", Visibility.MEMBERS, "職員", Visibility.STAFF));

    private ResourceColumns() {
    }

    /** The Japanese headings, in the order an export writes them. */
    public static List<String> header() {
        return java.util.Arrays.stream(Column.values()).map(c -> c.heading).toList();
    }

    public static String label(ResourceCategory c) {
        return CATEGORY_LABELS.get(c);
    }

    public static String label(ProblemArea a) {
        return AREA_LABELS.get(a);
    }

    public static String label(EligibilityCondition c) {
        return CONDITION_LABELS.get(c);
    }

    public static String label(SupportLanguage l) {
        return LANGUAGE_LABELS.get(l);
    }

    public static String label(Visibility v) {
        return VISIBILITY_LABELS.get(v);
    }

    // ---- export

    /**
     * One resource as a row of {@link #header()}: choices by their Japanese labels, yes/no as はい/いいえ, the
     * organization's name, and its first place ({@code firstLocation}, may be null; without one, 住所 is the
     * resource's own address). Read back with {@link #rows}, the row gives the same draft.
     */
    public static List<String> toCells(SocialResource r, Organization org, Location firstLocation) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        Eligibility e = r.eligibility();
        Contact contact = r.contact();
        cells.put(Column.NAME, r.name());
        cells.put(Column.KANA, r.nameKana());
        cells.put(Column.CATEGORY, r.category() == null ? null : label(r.category()));
        cells.put(Column.AREAS, join(r.areas(), AREA_LABELS));
        cells.put(Column.DESCRIPTION, r.description());
        cells.put(Column.ORGANIZATION, org == null ? null : org.name());
        if (firstLocation != null) {
            cells.put(Column.LOCATION_NAME, firstLocation.name());
            cells.put(Column.POSTAL_CODE, firstLocation.postalCode());
            cells.put(Column.ADDRESS, firstLocation.address());
            cells.put(Column.DISTRICT, firstLocation.district());
            GeoPoint p = firstLocation.point();
            cells.put(Column.LATITUDE, p == null ? null : number(p.latitude()));
            cells.put(Column.LONGITUDE, p == null ? null : number(p.longitude()));
            cells.put(Column.CONFIDENTIAL, yesNo(firstLocation.confidential()));
        } else {
            cells.put(Column.ADDRESS, r.address());
            cells.put(Column.CONFIDENTIAL, NO);
        }
        cells.put(Column.ELIGIBILITY, e.text());
        cells.put(Column.MIN_AGE, e.minAge() == null ? null : e.minAge().toString());
        cells.put(Column.MAX_AGE, e.maxAge() == null ? null : e.maxAge().toString());
        cells.put(Column.RESIDENTS_ONLY, yesNo(e.residentsOnly()));
        cells.put(Column.CONDITIONS, join(e.conditions(), CONDITION_LABELS));
        cells.put(Column.LANGUAGES, join(r.languages(), LANGUAGE_LABELS));
        cells.put(Column.HOURS, r.hours());
        cells.put(Column.FEES, r.fees());
        cells.put(Column.FREE, yesNo(r.free()));
        cells.put(Column.PHONE, contact.phone());
        cells.put(Column.EMAIL, contact.email());
        cells.put(Column.URL, contact.url());
        cells.put(Column.ACCESSIBILITY, r.accessibility());
        cells.put(Column.VISIBILITY, r.visibility() == null ? null : label(r.visibility()));
        List<String> out = new ArrayList<>();
        for (Column c : Column.values()) {
            String v = cells.get(c);
            out.add(v == null ? "" : v);
        }
        return out;
    }

    private static <E extends Enum<E>> String join(Collection<E> values, Map<E, String> labels) {
        return values.stream().sorted().map(labels::get).collect(Collectors.joining(JOIN));
    }

    private static String yesNo(boolean b) {
        return b ? YES : NO;
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    // ---- import

    /** The rows of a sheet whose first row is the heading row, numbered 1, 2, 3, …. */
    public static List<ImportRow> rows(List<List<String>> cells) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= cells.size(); i++) {
            numbers.add(i);
        }
        return rows(cells, numbers);
    }

    /**
     * Reads a sheet: {@code cells.get(0)} is the heading row, the rest are resources; {@code lineNumbers} gives
     * each row's line number in the file (parallel to {@code cells}). Returns one row per resource, in order,
     * each with every fault found in it, preceded by a row for the heading row when that has faults. Rows whose
     * cells are all blank are left out. Nothing is stored.
     */
    public static List<ImportRow> rows(List<List<String>> cells, List<Integer> lineNumbers) {
        if (cells.size() != lineNumbers.size()) {
            throw new IllegalArgumentException("cells and line numbers differ in length");
        }
        List<ImportRow> out = new ArrayList<>();
        if (cells.isEmpty()) {
            return out;
        }
        Layout layout = Layout.of(cells.get(0));
        if (!layout.faults.isEmpty()) {
            out.add(new ImportRow(lineNumbers.get(0), null, null, null, layout.faults));
        }
        for (int i = 1; i < cells.size(); i++) {
            RowReader row = new RowReader(layout, cells.get(i));
            if (row.blank()) {
                continue;
            }
            out.add(row.read(lineNumbers.get(i)));
        }
        return out;
    }

    /** Which column of the sheet holds which field. */
    private record Layout(Map<Column, Integer> positions, List<FieldViolation> faults) {
        static Layout of(List<String> headings) {
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            List<FieldViolation> faults = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                String h = headings.get(i) == null ? "" : headings.get(i).strip();
                if (h.isEmpty()) {
                    continue;
                }
                Column c = BY_HEADING.get(key(h));
                if (c == null) {
                    faults.add(FieldViolation.of(h, "import.unknownColumn", h));
                } else if (positions.containsKey(c)) {
                    faults.add(FieldViolation.of(h, "import.duplicateColumn", h));
                } else {
                    positions.put(c, i);
                }
            }
            for (Column required : List.of(Column.NAME, Column.CATEGORY)) {
                if (!positions.containsKey(required)) {
                    faults.add(FieldViolation.of(required.heading, "import.missingColumn", required.heading));
                }
            }
            return new Layout(positions, faults);
        }
    }

    /** One data row: its cells by column, and the faults found while reading them. */
    private static final class RowReader {
        private final Layout layout;
        private final List<String> cells;
        /** Faults from reading cells; a column with one here is not reported again from the draft's rules. */
        private final Map<Column, FieldViolation> unreadable = new EnumMap<>(Column.class);

        RowReader(Layout layout, List<String> cells) {
            this.layout = layout;
            this.cells = cells;
        }

        boolean blank() {
            return layout.positions.keySet().stream().allMatch(c -> raw(c).isBlank());
        }

        String raw(Column c) {
            Integer i = layout.positions.get(c);
            if (i == null || i >= cells.size() || cells.get(i) == null) {
                return "";
            }
            return cells.get(i);
        }

        /** The cell without surrounding spaces and with Windows line ends as \n; null when blank. */
        String text(Column c) {
            String v = raw(c).replace("\r\n", "\n").replace('\r', '\n').strip();
            return v.isEmpty() ? null : v;
        }

        ImportRow read(int line) {
            String name = text(Column.NAME);
            ResourceCategory category = single(Column.CATEGORY, CATEGORIES);
            Set<ProblemArea> areas = many(Column.AREAS, AREAS);
            String organization = text(Column.ORGANIZATION);

            String locationName = text(Column.LOCATION_NAME);
            String address = text(Column.ADDRESS);
            String postal = text(Column.POSTAL_CODE);
            String district = text(Column.DISTRICT);
            Double latitude = decimal(Column.LATITUDE);
            Double longitude = decimal(Column.LONGITUDE);
            boolean confidential = yes(Column.CONFIDENTIAL);
            LocationDraft location = null;
            if (locationName != null || address != null) {
                location = new LocationDraft(locationName != null ? locationName : address, postal, address, district,
                        latitude, longitude, confidential, null, null);
            } else if (postal != null || district != null || latitude != null || longitude != null || confidential) {
                unreadable.putIfAbsent(Column.LOCATION_NAME, FieldViolation.of(Column.LOCATION_NAME.heading, "required"));
            }

            Eligibility eligibility = new Eligibility(text(Column.ELIGIBILITY), whole(Column.MIN_AGE), whole(Column.MAX_AGE),
                    yes(Column.RESIDENTS_ONLY), many(Column.CONDITIONS, CONDITIONS));
            Set<SupportLanguage> languages = many(Column.LANGUAGES, LANGUAGES);
            Visibility visibility = single(Column.VISIBILITY, VISIBILITIES);
            ResourceDraft draft = new ResourceDraft(name, category, text(Column.DESCRIPTION),
                    confidential ? null : address, text(Column.KANA), areas, eligibility, languages,
                    text(Column.HOURS), text(Column.FEES), yes(Column.FREE),
                    new Contact(text(Column.PHONE), text(Column.EMAIL), text(Column.URL)), text(Column.ACCESSIBILITY),
                    visibility, null, List.of());

            Set<FieldViolation> faults = new LinkedHashSet<>();
            Set<String> seen = new HashSet<>();
            for (Column c : Column.values()) {
                FieldViolation v = unreadable.get(c);
                if (v != null) {
                    faults.add(v);
                    seen.add(v.field() + " " + v.code());
                }
            }
            List<FieldViolation> ruled = new ArrayList<>(draft.violations());
            if (organization != null && organization.length() > ResourceDraft.NAME_MAX) {
                ruled.add(FieldViolation.of("organization", "tooLong", ResourceDraft.NAME_MAX));
            }
            if (location != null) {
                for (FieldViolation v : location.violations()) {
                    // a place named after its address: the address's own fault says it
                    if (!("name".equals(v.field()) && locationName == null)) {
                        ruled.add(FieldViolation.of("location." + v.field(), v.code(), v.args()));
                    }
                }
            }
            for (FieldViolation v : ruled) {
                Column c = "organization".equals(v.field()) ? Column.ORGANIZATION : BY_FIELD.get(v.field());
                if (c != null && unreadable.containsKey(c)) {
                    continue;
                }
                FieldViolation named = FieldViolation.of(c == null ? v.field() : c.heading, v.code(), v.args());
                if (seen.add(named.field() + " " + named.code())) {
                    faults.add(named);
                }
            }
            return new ImportRow(line, organization, draft, location, List.copyOf(faults));
        }

        <E extends Enum<E>> E single(Column c, Choices<E> choices) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            Optional<E> found = choices.find(v);
            if (found.isEmpty()) {
                unreadable.put(c, FieldViolation.of(c.heading, "unknownOption", v));
                return null;
            }
            return found.get();
        }

        <E extends Enum<E>> Set<E> many(Column c, Choices<E> choices) {
            String v = text(c);
            if (v == null) {
                return Set.of();
            }
            Set<E> found = EnumSet.noneOf(choices.type);
            List<String> unknown = new ArrayList<>();
            for (String token : choices.split(v)) {
                choices.find(token).ifPresentOrElse(found::add, () -> unknown.add(token));
            }
            if (!unknown.isEmpty()) {
                unreadable.put(c, FieldViolation.of(c.heading, "unknownOption", String.join(JOIN, unknown)));
            }
            return found;
        }

        boolean yes(Column c) {
            String v = text(c);
            if (v == null) {
                return false;
            }
            String k = nfkc(v).toLowerCase(Locale.ROOT).strip();
            if (TRUE_WORDS.contains(k)) {
                return true;
            }
            if (!FALSE_WORDS.contains(k)) {
                unreadable.put(c, FieldViolation.of(c.heading, "unknownOption", v));
            }
            return false;
        }

        Double decimal(Column c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(nfkc(v).replace("−", "-").replace("ー", "-").strip());
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new NumberFormatException(v);
                }
                return d;
            } catch (NumberFormatException e) {
                unreadable.put(c, FieldViolation.of(c.heading, "malformed"));
                return null;
            }
        }

        Integer whole(Column c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            String n = nfkc(v).strip();
            if (n.endsWith("歳") || n.endsWith("才")) {
                n = n.substring(0, n.length() - 1).strip();
            }
            if (!n.matches("-?[0-9]{1,4}")) {
                unreadable.put(c, FieldViolation.of(c.heading, "malformed"));
                return null;
            }
            return Integer.valueOf(n);
        }
    }

    /** The values of one kind of choice: by label, by enum name, and by a few other words. */
    private static final class Choices<E extends Enum<E>> {
        final Class<E> type;
        private final Map<String, E> byKey = new HashMap<>();
        /** Labels that hold a separator (病気や健康、障害のこと), longest first: found before splitting. */
        private final List<Map.Entry<String, E>> joinedLabels;

        Choices(Class<E> type, Map<E, String> labels, Map<String, E> aliases) {
            this.type = type;
            for (E e : type.getEnumConstants()) {
                byKey.put(key(e.name()), e);
            }
            labels.forEach((e, label) -> byKey.put(key(label), e));
            aliases.forEach((alias, e) -> byKey.putIfAbsent(key(alias), e));
            joinedLabels = byKey.keySet().stream().filter(k -> SEPARATORS.matcher(k).find())
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(k -> Map.entry(k, byKey.get(k))).toList();
        }

        Optional<E> find(String value) {
            return Optional.ofNullable(byKey.get(key(value)));
        }

        /** The values of a cell holding several, a label with 「、」 in it kept whole. */
        List<String> split(String value) {
            String v = key(value.replace("\n", ";"));
            for (Map.Entry<String, E> label : joinedLabels) {
                v = v.replace(label.getKey(), ";" + label.getValue().name() + ";");
            }
            List<String> out = new ArrayList<>();
            for (String token : SEPARATORS.split(v)) {
                if (!token.isBlank()) {
                    out.add(token.strip());
                }
            }
            return out;
        }
    }

    private static Map<String, ProblemArea> areaAliases() {
        Map<String, ProblemArea> m = new HashMap<>();
        for (ProblemArea a : ProblemArea.values()) {
            m.put(String.valueOf(a.number()), a);
        }
        m.putAll(Map.ofEntries(Map.entry("健康", ProblemArea.HEALTH), Map.entry("病気", ProblemArea.HEALTH),
                Map.entry("障害", ProblemArea.HEALTH), Map.entry("住まい", ProblemArea.HOUSING),
                Map.entry("収入", ProblemArea.INCOME), Map.entry("生活費", ProblemArea.INCOME),
                Map.entry("家賃", ProblemArea.RENT_LOANS), Map.entry("ローン", ProblemArea.RENT_LOANS),
                Map.entry("税金", ProblemArea.TAXES_BILLS), Map.entry("公共料金", ProblemArea.TAXES_BILLS),
                Map.entry("債務", ProblemArea.DEBT), Map.entry("借金", ProblemArea.DEBT),
                Map.entry("仕事探し", ProblemArea.JOB_SEARCH), Map.entry("就職", ProblemArea.JOB_SEARCH),
                Map.entry("仕事上の不安", ProblemArea.WORK_TROUBLE), Map.entry("仕事上のトラブル", ProblemArea.WORK_TROUBLE),
                Map.entry("地域", ProblemArea.COMMUNITY), Map.entry("家族", ProblemArea.FAMILY),
                Map.entry("子育て", ProblemArea.CHILDCARE), Map.entry("介護", ProblemArea.CARE),
                Map.entry("ひきこもり", ProblemArea.WITHDRAWAL), Map.entry("不登校", ProblemArea.WITHDRAWAL),
                Map.entry("DV", ProblemArea.DV_ABUSE), Map.entry("虐待", ProblemArea.DV_ABUSE),
                Map.entry("食べ物", ProblemArea.NO_FOOD), Map.entry("食料", ProblemArea.NO_FOOD)));
        return m;
    }

    private static Map<String, SupportLanguage> languageAliases() {
        Map<String, SupportLanguage> m = new HashMap<>();
        for (SupportLanguage l : SupportLanguage.values()) {
            m.put(l.code(), l);
        }
        m.putAll(Map.ofEntries(Map.entry("japanese", SupportLanguage.JA), Map.entry("easy japanese", SupportLanguage.JA_EASY),
                Map.entry("english", SupportLanguage.EN), Map.entry("chinese", SupportLanguage.ZH),
                Map.entry("korean", SupportLanguage.KO), Map.entry("vietnamese", SupportLanguage.VI),
                Map.entry("portuguese", SupportLanguage.PT), Map.entry("spanish", SupportLanguage.ES),
                Map.entry("tagalog", SupportLanguage.TL), Map.entry("filipino", SupportLanguage.TL),
                Map.entry("nepali", SupportLanguage.NE), Map.entry("indonesian", SupportLanguage.ID),
                Map.entry("thai", SupportLanguage.TH), Map.entry("burmese", SupportLanguage.MY),
                Map.entry("sign language", SupportLanguage.SIGN), Map.entry("韓国・朝鮮語", SupportLanguage.KO),
                Map.entry("朝鮮語", SupportLanguage.KO), Map.entry("フィリピノ語", SupportLanguage.TL),
                Map.entry("フィリピン語", SupportLanguage.TL), Map.entry("ビルマ語", SupportLanguage.MY),
                Map.entry("日本手話", SupportLanguage.SIGN), Map.entry("やさしいにほんご", SupportLanguage.JA_EASY),
                Map.entry("中国語（簡体字）", SupportLanguage.ZH), Map.entry("中国語（繁体字）", SupportLanguage.ZH)));
        return m;
    }

    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, String... labels) {
        E[] values = type.getEnumConstants();
        if (values.length != labels.length) {
            throw new IllegalStateException(type.getSimpleName() + ": " + values.length + " values, " + labels.length + " labels");
        }
        Map<E, String> m = new EnumMap<>(type);
        for (int i = 0; i < values.length; i++) {
            m.put(values[i], labels[i]);
        }
        return Map.copyOf(m);
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /**
     * What two spellings of a heading or a choice have in common: full-width letters and digits made half-width,
     * lower case, without spaces, underscores, hyphens, a trailing 「*」 or 「(必須)」.
     */
    static String key(String s) {
        String k = nfkc(s).toLowerCase(Locale.ROOT).strip();
        k = k.replaceAll("(\\(必須\\)|\\[必須\\]|※|\\*)+$", "");
        return k.replaceAll("[\\s_\\-‐]+", "");
    }
}
