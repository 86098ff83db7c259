/** The frame around tenant views: header, language switch, tenant switcher and side navigation. */
package jp.tomoni.ui.layout;
