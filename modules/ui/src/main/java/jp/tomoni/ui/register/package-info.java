/** The public self-registration page, a plain servlet outside the signed-in Vaadin UI. */
package jp.tomoni.ui.register;
