/** The API of employment and job-retention support, and of the retention board. */
package jp.tomoni.rest.employment;
