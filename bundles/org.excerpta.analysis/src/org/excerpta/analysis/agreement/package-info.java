/** Agreement coefficients: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha. */
package org.excerpta.analysis.agreement;
