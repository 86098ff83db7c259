package jp.tomoni.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The two fixed addresses of sign-in: where Keycloak sends people back, and sign-out. */
public final class SignInServlets {
    private SignInServlets() {
    }

    /** After Keycloak's redirect the mechanism has signed the person in; send them to their start page. */
    @WebServlet("/callback")
    public static class Callback extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            res.sendRedirect(req.getContextPath() + "/");
        }
    }

    /** Ends the Tomoni session and, through the mechanism's logout definition, the Keycloak session too. */
    @WebServlet("/logout")
    public static class Logout extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException, ServletException {
            req.logout();
            var session = req.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (!res.isCommitted()) {
                res.sendRedirect(req.getContextPath() + "/");
            }
        }
    }
}
