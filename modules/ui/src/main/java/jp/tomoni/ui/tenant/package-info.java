/** Binding each Vaadin navigation and request to the tenant of the browser tab it comes from. */
package jp.tomoni.ui.tenant;
