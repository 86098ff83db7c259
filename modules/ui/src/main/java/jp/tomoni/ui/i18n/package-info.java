/** UI texts (Japanese first, English second) and the language each person chose. */
package jp.tomoni.ui.i18n;
