package jp.tomoni.ui.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * Date and date-time pickers whose calendar speaks the page's language: Japanese month and weekday
 * names (1月, 日 月 火 …), 今日 and キャンセル, the week starting on Sunday as Japanese calendars do.
 * Vaadin's own calendar texts are English whatever the locale; the formats typed and shown stay those
 * of the locale, as before.
 */
public final class Pickers {
    private Pickers() {
    }

    public static DatePicker date() {
        return localise(new DatePicker());
    }

    public static DatePicker date(String label) {
        return localise(new DatePicker(label));
    }

    public static DatePicker date(String label, LocalDate value) {
        return localise(new DatePicker(label, value));
    }

    public static DateTimePicker dateTime(String label) {
        DateTimePicker p = new DateTimePicker(label);
        if (japanese()) {
            p.setDatePickerI18n(i18n());
        }
        return p;
    }

    public static DatePicker localise(DatePicker p) {
        if (japanese()) {
            p.setI18n(i18n());
        }
        return p;
    }

    private static boolean japanese() {
        Locale locale = UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
        return locale == null || "ja".equals(locale.getLanguage());
    }

    /** The calendar's texts in Japanese. */
    static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(List.of("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"))
                .setWeekdays(List.of("日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"))
                .setWeekdaysShort(List.of("日", "月", "火", "水", "木", "金", "土"))
                .setFirstDayOfWeek(0)
                .setToday("今日")
                .setCancel("キャンセル");
    }
}
