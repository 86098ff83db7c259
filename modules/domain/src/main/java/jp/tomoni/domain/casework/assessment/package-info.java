/** The インテーク・アセスメントシート as versioned data: form definitions, answer checks, strengths. */
package jp.tomoni.domain.casework.assessment;
