/** Social resources (社会資源): registering and searching the tenant's directory. */
package jp.tomoni.ui.resource;
