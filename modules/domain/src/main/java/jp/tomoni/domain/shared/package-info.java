/** Building blocks shared by every feature: field violations and the invalid-input error. */
package jp.tomoni.domain.shared;
