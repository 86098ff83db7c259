/** The Vaadin web UI: every view with tenant data lives under {@code /t/{tenant}/…}. */
package jp.tomoni.ui;
