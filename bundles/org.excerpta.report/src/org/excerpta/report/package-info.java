/** Reports for colleagues who do not use Excerpta: CSV, XLSX and HTML. */
package org.excerpta.report;
