/** The REST API under /api: JAX-RS resources, DTOs and RFC 9457 problem responses. */
package jp.tomoni.rest;
