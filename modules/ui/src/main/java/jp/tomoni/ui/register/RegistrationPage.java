package jp.tomoni.ui.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.registration.CorporateNumber;
import jp.tomoni.domain.registration.SelfRegistration;
import jp.tomoni.domain.shared.PersonRules;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.i18n.Translations;

/**
 * The public page where guardians, residents and company recruiters register themselves:
 * {@code /register/{tenant}}. A plain server-rendered page (no sign-in, no session, no cookie),
 * Japanese unless the browser prefers English or {@code ?lang=en} asks for it. A few lines of
 * script post the form as JSON to {@code /api/register/{tenant}} and show each field's error at
 * the field. Every text comes from the translation bundle and is escaped.
 */
@WebServlet(urlPatterns = "/register/*")
public class RegistrationPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final List<TenantRole> ROLES = List.of(TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.COMPANY_RECRUITER);

    @Inject
    TenantStore tenants;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale locale = language(req.getParameter("lang"), Collections.list(req.getLocales()));
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String slug = path.startsWith("/") ? path.substring(1) : path;
        Optional<TenantDefinition> tenant = slug.matches("[a-z0-9-]{1,40}") ? tenants.find(slug) : Optional.empty();
        String nonce = nonce();
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/html;charset=UTF-8");
        res.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
                + nonce + "'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Content-Language", locale.getLanguage());
        if (tenant.isEmpty()) {
            res.setStatus(404);
            res.getOutputStream().write(notFound(locale, nonce).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String html = render(tenant.get(), locale, req.getContextPath(), nonce);
        res.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code ?lang=ja|en} first; otherwise the first of Japanese or English the browser lists; otherwise Japanese. */
    static Locale language(String lang, List<Locale> accepted) {
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if ("ja".equals(lang)) {
            return Locale.JAPANESE;
        }
        for (Locale l : accepted) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("ja".equals(l.getLanguage())) {
                return Locale.JAPANESE;
            }
        }
        return Locale.JAPANESE;
    }

    static String render(TenantDefinition tenant, Locale locale, String contextPath, String nonce) {
        boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String name = en ? tenant.nameEn() : tenant.nameJa();
        String colour = tenant.colour() != null && tenant.colour().matches("#[0-9a-fA-F]{6}") ? tenant.colour() : "#1d5c2e";
        Texts t = new Texts(locale);
        String other = en ? "ja" : "en";
        StringBuilder h = new StringBuilder(12_000);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                // no favicon request: it would reach the Vaadin servlet, which opens a session (a cookie)
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(t.get("register.title", name)).append("</title>\n")
                .append("<style nonce=\"").append(nonce).append("\">").append(css(colour)).append("</style>\n</head>\n<body>\n")
                .append("<header><p class=\"brand\">").append(t.get("register.brand")).append("</p>")
                .append("<a id=\"register-lang\" href=\"?lang=").append(other).append("\" lang=\"").append(other).append("\" hreflang=\"")
                .append(other).append("\">").append(t.get("register.otherLanguage")).append("</a></header>\n")
                .append("<main>\n<h1 id=\"register-title\">").append(t.get("register.title", name)).append("</h1>\n")
                .append("<p>").append(t.get("register.intro")).append("</p>\n")
                .append("<noscript><p class=\"error\">").append(t.get("register.noscript")).append("</p></noscript>\n")
                .append("<div id=\"register-summary\" class=\"summary\" role=\"alert\" tabindex=\"-1\" hidden></div>\n")
                .append("<form id=\"register-form\" novalidate data-endpoint=\"")
                .append(escape(contextPath + "/api/register/" + tenant.slug())).append("\" data-failed=\"")
                .append(t.get("register.failed")).append("\">\n");

        h.append("<fieldset id=\"role\" class=\"field\" aria-describedby=\"role-error\">\n<legend>")
                .append(t.get("register.role")).append(required(t)).append("</legend>\n");
        for (TenantRole r : ROLES) {
            String id = "role-" + r.id();
            h.append("<div class=\"choice\"><input type=\"radio\" name=\"role\" id=\"").append(id).append("\" value=\"")
                    .append(r.id()).append("\">")
                    .append("<label for=\"").append(id).append("\">").append(t.get("register.role." + r.id()))
                    .append("<span class=\"hint\" id=\"").append(id).append("-help\">")
                    .append(t.get("register.role." + r.id() + ".help", name)).append("</span></label></div>\n");
        }
        h.append("<p class=\"error\" id=\"role-error\" hidden></p>\n</fieldset>\n");

        h.append("<div class=\"names\">");
        h.append(text(t, "familyName", "text", "family-name", PersonRules.NAME_MAX, true, null));
        h.append(text(t, "givenName", "text", "given-name", PersonRules.NAME_MAX, true, null));
        h.append("</div>\n");
        h.append(text(t, "email", "email", "email", PersonRules.EMAIL_MAX, true, "register.email.help"));

        h.append("<fieldset id=\"company-fields\" class=\"company\" hidden>\n<legend>").append(t.get("register.company"))
                .append("</legend>\n")
                .append(text(t, "companyName", "text", "organization", SelfRegistration.COMPANY_NAME_MAX, true, null))
                .append(text(t, "corporateNumber", "text", "off", CorporateNumber.LENGTH + 6, false, "register.corporateNumber.help"))
                .append("</fieldset>\n");

        h.append("<p class=\"privacy\" id=\"agreed-help\">").append(t.get("register.privacy", name)).append("</p>\n")
                .append("<div class=\"field consent\"><input type=\"checkbox\" id=\"agreed\" name=\"agreed\" aria-describedby=\"agreed-help\">")
                .append("<label for=\"agreed\">").append(t.get("register.agreed")).append(required(t)).append("</label>")
                .append("<p class=\"error\" id=\"agreed-error\" hidden></p></div>\n")
                .append("<button type=\"submit\" id=\"register-submit\">").append(t.get("register.submit")).append("</button>\n")
                .append("</form>\n")
                .append("<section id=\"register-done\" class=\"done\" tabindex=\"-1\" hidden>\n<h2>")
                .append(t.get("register.done.title")).append("</h2>\n<p>").append(t.get("register.done.text")).append("</p>\n")
                .append("<p id=\"recruiter-note\" hidden>").append(t.get("register.done.recruiter", name)).append("</p>\n</section>\n")
                .append("</main>\n<script nonce=\"").append(nonce).append("\">").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String text(Texts t, String field, String type, String autocomplete, int max, boolean required, String helpKey) {
        StringBuilder h = new StringBuilder();
        String describedBy = helpKey == null ? "" : " aria-describedby=\"" + field + "-help\"";
        h.append("<div class=\"field\"><label for=\"").append(field).append("\">").append(t.get("register." + field))
                .append(required ? required(t) : "").append("</label>");
        if (helpKey != null) {
            h.append("<span class=\"hint\" id=\"").append(field).append("-help\">").append(t.get(helpKey)).append("</span>");
        }
        h.append("<input type=\"").append(type).append("\" id=\"").append(field).append("\" name=\"").append(field)
                .append("\" autocomplete=\"").append(autocomplete).append("\" maxlength=\"").append(max).append("\"")
                .append(required ? " aria-required=\"true\"" : "")
                .append("email".equals(type) ? " inputmode=\"email\" spellcheck=\"false\" autocapitalize=\"off\"" : "")
                .append("corporateNumber".equals(field) ? " inputmode=\"numeric\"" : "")
                .append(describedBy).append(">")
                .append("<p class=\"error\" id=\"").append(field).append("-error\" hidden></p></div>\n");
        return h.toString();
    }

    private static String required(Texts t) {
        return "<span class=\"req\">" + t.get("register.required") + "</span>";
    }

    private static String notFound(Locale locale, String nonce) {
        Texts t = new Texts(locale);
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\"><title>" + t.get("register.notFound")
                + "</title><style nonce=\"" + nonce + "\">" + css("#1d5c2e") + "</style></head><body><main><h1 id=\"register-title\">"
                + t.get("register.notFound") + "</h1></main></body></html>\n";
    }

    /** Bundle texts, HTML-escaped (parameters too). */
    private record Texts(Locale locale) {
        String get(String key, Object... params) {
            return escape(Translations.translate(key, locale, params));
        }
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String nonce() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    private static String css(String colour) {
        return """
                *{box-sizing:border-box}
                html{-webkit-text-size-adjust:100%}
                body{margin:0;font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP","Noto Sans CJK JP",Meiryo,sans-serif;
                 font-size:1rem;line-height:1.7;color:#1b1b1b;background:#f5f6f5}
                header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.5rem 1rem;background:#fff;
                 border-top:6px solid COLOUR;border-bottom:1px solid #d0d3d0}
                header .brand{margin:0;font-weight:700}
                a{color:#0b4f9e}
                header a{display:inline-block;padding:.5rem;min-height:44px}
                main{max-width:40rem;margin:0 auto;padding:1rem 1rem 3rem}
                h1{font-size:1.5rem;line-height:1.4;margin:.5rem 0 1rem}
                h2{font-size:1.25rem}
                .field{margin:0 0 1.25rem}
                label,legend{display:block;font-weight:700;margin:0 0 .25rem}
                fieldset{border:0;padding:0;margin:0 0 1.25rem;min-width:0}
                input[type=text],input[type=email]{display:block;width:100%;font:inherit;font-size:1rem;padding:.7rem .75rem;
                 min-height:3rem;border:2px solid #5f6368;border-radius:.375rem;background:#fff;color:#1b1b1b}
                .choice{display:flex;gap:.75rem;align-items:flex-start;padding:.75rem;margin:0 0 .5rem;background:#fff;
                 border:2px solid #c4c7c5;border-radius:.5rem}
                .choice input,.consent input{width:1.5rem;height:1.5rem;margin:.15rem 0 0;flex:none;accent-color:#1d5c2e}
                .choice label{margin:0;flex:1}
                .hint{display:block;font-weight:400;color:#3c4043;font-size:.9375rem;margin:0 0 .25rem}
                .company{padding:1rem;background:#fff;border:2px solid #c4c7c5;border-radius:.5rem}
                .company legend{float:left;width:100%;margin-bottom:.75rem}
                .company legend+*{clear:left}
                .consent{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-start}
                .consent label{flex:1;min-width:0}
                .consent .error{flex-basis:100%}
                .privacy{font-size:.9375rem;color:#3c4043}
                .req{display:inline-block;margin-left:.5rem;padding:0 .4rem;font-size:.8125rem;color:#fff;background:#b3261e;border-radius:.25rem;vertical-align:middle}
                .error{color:#b3261e;font-weight:700;margin:.25rem 0 0}
                .error::before{content:"⚠ "}
                [aria-invalid=true]{border-color:#b3261e !important;outline:1px solid #b3261e}
                .summary{padding:.75rem 1rem;margin:0 0 1rem;border-left:6px solid #b3261e;background:#fdeceb;color:#5c1410;font-weight:700}
                .done{padding:1rem;background:#e7f3ea;border-left:6px solid #1d5c2e}
                button{display:block;width:100%;min-height:3rem;font:inherit;font-size:1.0625rem;font-weight:700;color:#fff;
                 background:#1d5c2e;border:0;border-radius:.5rem;padding:.75rem 1rem;cursor:pointer}
                button:disabled{background:#5f6368;cursor:progress}
                :focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
                @media (min-width:40rem){.names{display:flex;gap:1rem}.names .field{flex:1}button{width:auto;padding:.75rem 2rem}}
                """.replace("COLOUR", colour);
    }

    /** Posts the form as JSON and shows the answer: each field's error at the field, or the success message. */
    private static final String SCRIPT = """
            (function () {
              var form = document.getElementById('register-form');
              var company = document.getElementById('company-fields');
              var summary = document.getElementById('register-summary');
              var done = document.getElementById('register-done');
              var submit = document.getElementById('register-submit');
              var FIELDS = ['role', 'familyName', 'givenName', 'email', 'companyName', 'corporateNumber', 'agreed'];
              function role() { var r = form.querySelector('input[name=role]:checked'); return r ? r.value : null; }
              function syncRole() { company.hidden = role() !== 'company-recruiter'; }
              form.addEventListener('change', function (e) { if (e.target.name === 'role') { syncRole(); } });
              syncRole();
              function controls(field) {
                return field === 'role' ? Array.prototype.slice.call(form.querySelectorAll('input[name=role]'))
                  : [document.getElementById(field)];
              }
              function describe(el, id, on) {
                var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== id; });
                if (on) { ids.push(id); }
                if (ids.length) { el.setAttribute('aria-describedby', ids.join(' ')); } else { el.removeAttribute('aria-describedby'); }
              }
              function mark(field, message) {
                var p = document.getElementById(field + '-error');
                if (!p) { return false; }
                if (!p.hidden) { return true; }
                p.textContent = message;
                p.hidden = false;
                controls(field).forEach(function (c) { c.setAttribute('aria-invalid', 'true'); if (field !== 'role') { describe(c, p.id, true); } });
                return true;
              }
              function clear() {
                FIELDS.forEach(function (f) {
                  var p = document.getElementById(f + '-error');
                  p.textContent = '';
                  p.hidden = true;
                  controls(f).forEach(function (c) { c.removeAttribute('aria-invalid'); if (f !== 'role') { describe(c, p.id, false); } });
                });
                summary.hidden = true;
                summary.textContent = '';
              }
              function say(text) { summary.textContent = text; summary.hidden = false; }
              function value(id) { return document.getElementById(id).value; }
              form.addEventListener('submit', function (e) {
                e.preventDefault();
                clear();
                submit.disabled = true;
                var recruiter = role() === 'company-recruiter';
                var body = { role: role(), familyName: value('familyName'), givenName: value('givenName'), email: value('email'),
                  companyName: recruiter ? value('companyName') : null, corporateNumber: recruiter ? value('corporateNumber') : null,
                  agreed: document.getElementById('agreed').checked };
                fetch(form.getAttribute('data-endpoint'), { method: 'POST', credentials: 'omit', body: JSON.stringify(body),
                  headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
                    'Accept-Language': document.documentElement.lang } })
                  .then(function (res) {
                    if (res.status === 202) {
                      form.hidden = true;
                      document.getElementById('recruiter-note').hidden = !recruiter;
                      done.hidden = false;
                      done.focus();
                      return;
                    }
                    return res.json().catch(function () { return {}; }).then(function (problem) {
                      var elsewhere = [];
                      (problem.errors || []).forEach(function (err) { if (!mark(err.field, err.message)) { elsewhere.push(err.message); } });
                      say([problem.title || form.getAttribute('data-failed')].concat(elsewhere).join(' '));
                      var first = FIELDS.filter(function (f) { return !document.getElementById(f + '-error').hidden; })[0];
                      if (first) { controls(first)[0].focus(); } else { summary.focus(); }
                    });
                  })
                  .catch(function () { say(form.getAttribute('data-failed')); summary.focus(); })
                  .then(function () { submit.disabled = false; });
              });
            })();
            """;
}
