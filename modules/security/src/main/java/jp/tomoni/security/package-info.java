/** Sign-in: OpenID Connect for the UI, bearer tokens for the API, and who the caller is in which tenant. */
package jp.tomoni.security;
