/** The start pages: choosing a tenant, and who you are in it. */
package jp.tomoni.ui.home;
