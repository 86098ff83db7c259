package jp.tomoni.application.community;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.Desk;

/**
 * Where to call in a crisis: the agency's own desk (from its tenant definition) and the national
 * lines for anyone thinking of self-harm (厚生労働省「まもろうよ こころ」).
 */
@ApplicationScoped
public class CrisisLines {
    /** A line: its name, number and when it answers. */
    public record Line(String name, String phone, String hours) {
    }

    static final List<Line> NATIONAL = List.of(
            new Line("こころの健康相談統一ダイヤル", "0570-064-556", "都道府県により異なります"),
            new Line("よりそいホットライン", "0120-279-338", "24時間"),
            new Line("いのちの電話（ナビダイヤル）", "0570-783-556", "午前10時〜午後10時"));

    @Inject
    TenantStore tenants;

    /** The agency's desk first, then the national lines. */
    public List<Line> forTenant(String tenantId) {
        List<Line> lines = new ArrayList<>();
        tenants.find(tenantId).map(t -> t.desk()).filter(d -> d != null && d.phone() != null)
                .ifPresent((Desk d) -> lines.add(new Line(d.name(), d.phone(), d.hours())));
        lines.addAll(NATIONAL);
        return List.copyOf(lines);
    }
}
