/** Social resources (社会資源): the directory entries workers register and everyone searches. */
package jp.tomoni.domain.resource;
